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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.FieldValueException;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.boundary.RecordChange;
import org.pilotops.platform.record.boundary.RecordService;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.web.PageMessages;

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
    private List<RecordChange> history = List.of();

    @PostConstruct
    void load() {
        Actor actor = current.get();
        kindPath = context.kind(context.parameter("kind")).path();
        city = context.requestedCity(actor);
        if (city == null) {
            throw new NotFoundException();
        }
        cityId = city.id();
        id = context.longParameter("id");
        if (id != null) {
            fill(kind());
        }
    }

    private <E extends CityRecord> void fill(RecordKind<E> kind) {
        E record = records.find(current.get(), kind, cityId, id);
        version = record.getVersion();
        updatedBy = record.getUpdatedBy() + " · " + record.getUpdatedAt();
        for (RecordField<E, ?> field : kind.fields()) {
            texts.put(field.name(), field.text(record));
        }
        history = records.history(current.get(), kind, cityId, id);
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
        try {
            save(kind());
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, FIELD_ID_PREFIX);
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

    /** Checks one field as soon as the user leaves it. */
    public void check(String fieldName) {
        kind().field(fieldName).ifPresent(field -> {
            String text = texts.get(fieldName);
            try {
                if (field.parseText(text) == null && field.required()) {
                    messages.fieldError(FIELD_ID_PREFIX + fieldName, Violation.of(fieldName, "field.required"));
                }
            } catch (FieldValueException e) {
                messages.fieldError(FIELD_ID_PREFIX + fieldName, new Violation(fieldName, 0, e.key(), e.args()));
            }
        });
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

    /** A line of help under a field whose rule is not obvious (a check character, a number's format), or null. */
    public String help(RecordField<?, ?> field) {
        String key = "help." + field.name();
        String text = context.text(key);
        return text.equals(key) ? null : text;
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
