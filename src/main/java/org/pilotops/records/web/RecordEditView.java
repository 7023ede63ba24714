package org.pilotops.records.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.FieldValueException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.web.PageMessages;
import org.pilotops.records.boundary.RecordChange;
import org.pilotops.records.boundary.RecordLocks;
import org.pilotops.records.boundary.RecordReads;
import org.pilotops.records.boundary.RecordService;

/**
 * {@code records/edit.xhtml?kind=…&city=…[&id=…]}: logs a new record or corrects one. Inputs are kept as
 * text and read by the kind's fields, exactly as an import or the API would read them, so the portal
 * cannot accept what the API refuses. Each field is checked when it loses focus, all again on save.
 */
@Named
@ViewScoped
public class RecordEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELD_ID_PREFIX = "record:f_";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    CurrentActor current;

    @Inject
    RecordService records;

    @Inject
    RecordReads reads;

    @Inject
    RecordLocks yearLocks;

    @Inject
    RecordPageContext context;

    @Inject
    PageMessages messages;

    private String kindPath;
    private long cityId;
    private Long id;
    private long version;
    private String updatedBy;
    private CityDto city;
    private final Map<String, String> texts = new HashMap<>();
    /** The rows of the fields edited as a table, cell texts by column; joined into {@link #texts} to be read. */
    private final Map<String, List<Map<String, String>>> rows = new HashMap<>();
    private List<RecordChange> history = List.of();
    /** The record's year when an accepted annual summary locks it: the form is shown to read, not to save. */
    private Integer lockedYear;

    @PostConstruct
    void load() {
        Actor actor = current.get();
        kindPath = context.kind(context.parameter("kind")).path();
        city = context.requestedCity();
        if (city == null) {
            throw new NotFoundException();
        }
        cityId = city.id();
        id = context.longParameter("id");
        if (id != null) {
            fill(kind());
        }
        for (RecordField<?, ?> field : kind().fields()) {
            if (field.type().editor() == FieldType.Editor.ROWS) {
                List<Map<String, String>> table = new ArrayList<>();
                field.type().rows(texts.getOrDefault(field.name(), "")).forEach(cells -> table.add(row(field, cells)));
                if (table.isEmpty()) {
                    table.add(row(field, List.of()));
                }
                rows.put(field.name(), table);
            }
        }
    }

    private static Map<String, String> row(RecordField<?, ?> field, List<String> cells) {
        Map<String, String> row = new LinkedHashMap<>();
        List<String> columns = field.type().rowColumns();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), i < cells.size() ? cells.get(i) : "");
        }
        return row;
    }

    private <E extends CityRecord> void fill(RecordKind<E> kind) {
        E record = reads.find(current.get(), kind, cityId, id);
        version = record.getVersion();
        updatedBy = record.getUpdatedBy() + " · " + WHEN.format(record.getUpdatedAt());
        for (RecordField<E, ?> field : kind.fields()) {
            texts.put(field.name(), field.text(record));
        }
        history = reads.history(current.get(), kind, cityId, id);
        if (yearLocks.lockedYears(current.get(), cityId, false).containsKey(record.getYear())) {
            lockedYear = record.getYear();
        }
    }

    /** Whether the record belongs to a locked year: no field can be changed and there is nothing to save. */
    public boolean isLocked() {
        return lockedYear != null;
    }

    public Integer getLockedYear() {
        return lockedYear;
    }

    /** What the notice above a locked record says. */
    public String getLockedNotice() {
        return context.text("records.lockedRecord", String.valueOf(lockedYear));
    }

    /** The record's history, newest first; empty for a new record. */
    public List<RecordChange> getHistory() {
        return history;
    }

    /** When a change happened, in the programme's time zone. */
    public String at(RecordChange change) {
        return WHEN.format(change.at());
    }

    /** One field's change as the panel shows it: label, value before → value after, in the page's words. */
    public String describe(RecordChange.FieldChange change) {
        RecordField<?, ?> field = kind().field(change.field()).orElseThrow();
        return label(field) + ": " + shown(field, change.before()) + " → " + shown(field, change.after());
    }

    private String shown(RecordField<?, ?> field, JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "—";
        }
        String text = value instanceof JsonString string ? string.getString() : value.toString();
        String reference = referenceChoices(field).get(text);
        if (reference != null) {
            return reference;
        }
        return field.type().choices().contains(text) ? choiceLabel(field, text) : text;
    }

    public void save() throws IOException {
        joinRows();
        try {
            save(kind());
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, FIELD_ID_PREFIX, this::placedOnACell);
            return;
        }
        messages.info("records.saved");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/records/list.xhtml?kind=" + kindPath + "&city=" + cityId);
    }

    private <E extends CityRecord> void save(RecordKind<E> kind) {
        var values = kind.readText(texts);
        Actor actor = current.get();
        if (id == null) {
            records.create(actor, kind, cityId, values, context.portalSource(actor));
        } else {
            records.update(actor, kind, cityId, id, version, values, context.portalSource(actor));
        }
    }

    /** Checks one field as soon as the user leaves it (a table is checked on save: a cell alone is rarely a whole row). */
    public void check(String fieldName) {
        joinRows();
        kind().field(fieldName).ifPresent(field -> {
            String text = texts.get(fieldName);
            try {
                if (field.parseText(text) == null && field.required()) {
                    messages.fieldError(FIELD_ID_PREFIX + fieldName, Violation.of(fieldName, "field.required"));
                }
            } catch (FieldValueException e) {
                if (!placedOnACell(field, e)) {
                    messages.fieldError(FIELD_ID_PREFIX + fieldName, new Violation(fieldName, 0, e.key(), e.args()));
                }
            }
        });
    }

    /** The texts of the tables, as the field types join them, so they are read like a file's cells. */
    private void joinRows() {
        rows.forEach((name, table) -> kind().field(name).ifPresent(field -> texts.put(name, field.type().joinRows(
                table.stream().map(row -> field.type().rowColumns().stream().map(row::get).toList()).toList()))));
    }

    /**
     * A refusal of a field edited as a table is read again from the same text, to learn its row and
     * column, and shown beside that cell; true when it was.
     */
    private boolean placedOnACell(Violation violation) {
        return kind().field(violation.field()).filter(f -> f.type().editor() == FieldType.Editor.ROWS).map(field -> {
            try {
                field.parseText(texts.get(field.name()));
                return false;
            } catch (FieldValueException e) {
                return placedOnACell(field, e);
            }
        }).orElse(false);
    }

    private boolean placedOnACell(RecordField<?, ?> field, FieldValueException e) {
        if (e.row() < 0) {
            return false;
        }
        // The n-th row joined is the n-th row with a cell filled: count the blank ones back in.
        List<Map<String, String>> table = rows.get(field.name());
        int shown = -1;
        for (int i = 0, filled = -1; i < table.size() && filled < e.row(); i++) {
            if (table.get(i).values().stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
                filled++;
                shown = i;
            }
        }
        if (shown < 0) {
            return false;
        }
        String column = e.column() == null ? field.type().rowColumns().get(0) : e.column();
        String problem = messages.text(e.key(), e.args().toArray());
        Violation onCell = e.column() == null
                ? new Violation(field.name(), 0, "rows.row", List.of(shown + 1, problem))
                : new Violation(field.name(), 0, "rows.cell", List.of(shown + 1, columnLabel(field, column), problem));
        messages.fieldError("record:r_" + field.name() + ":" + shown + ":c_" + column, onCell);
        return true;
    }

    /** A new empty row at the end of a table. */
    public void addRow(String fieldName) {
        kind().field(fieldName).ifPresent(field -> rows.get(fieldName).add(row(field, List.of())));
    }

    /** Removes a table's row; the last one is emptied instead, so the table always has a row to type into. */
    public void removeRow(String fieldName, int index) {
        List<Map<String, String>> table = rows.get(fieldName);
        if (table.size() > 1) {
            table.remove(index);
        } else {
            table.get(0).replaceAll((column, cell) -> "");
        }
    }

    /** The rows of the fields edited as tables, by field name. */
    public Map<String, List<Map<String, String>>> getRows() {
        return rows;
    }

    public String columnLabel(RecordField<?, ?> field, String column) {
        return context.columnLabel(kind(), field, column);
    }

    /** The help under a field whose rule is not obvious, or null. */
    public String help(RecordField<?, ?> field) {
        return context.help(kind(), field);
    }

    public RecordKind<? extends CityRecord> kind() {
        return context.kind(kindPath);
    }

    public List<? extends RecordField<?, ?>> getFields() {
        return kind().fields();
    }

    public String label(RecordField<?, ?> field) {
        return context.fieldLabel(kind(), field);
    }

    public String choiceLabel(RecordField<?, ?> field, String choice) {
        return context.choiceLabel(field, choice);
    }

    /** The agencies or attorneys a reference field may name in this city, id to label. */
    public java.util.Map<String, String> referenceChoices(RecordField<?, ?> field) {
        return kind().referenceChoices(field.name(), cityId);
    }

    public String getTitle() {
        return context.kindLabel(kind());
    }

    public String getCityName() {
        return context.cityName(city);
    }

    public boolean isDemoCity() {
        return city.demo();
    }

    public boolean isNew() {
        return id == null;
    }

    public Map<String, String> getTexts() {
        return texts;
    }

    public String getKindPath() {
        return kindPath;
    }

    public long getCityId() {
        return cityId;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
