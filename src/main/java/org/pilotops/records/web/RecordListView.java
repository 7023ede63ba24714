package org.pilotops.records.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.web.PageMessages;
import org.pilotops.records.boundary.RecordExport;
import org.pilotops.records.boundary.RecordLocks;
import org.pilotops.records.boundary.RecordReads;
import org.pilotops.records.boundary.RecordService;
import org.pilotops.records.control.RecordFile;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * {@code records/list.xhtml?kind=…&city=…}: one kind's records of one city, paged, sorted and filtered
 * in the database. The city is the address's (users who see several switch it in the menu bar); another
 * city in the URL is "not found".
 */
@Named
@ViewScoped
public class RecordListView implements Serializable {

    private static final long serialVersionUID = 1L;

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

    @Inject
    RecordExport exports;

    private String kindPath;
    private Long cityId;
    private Integer year;
    private List<CityDto> cities;
    private LazyDataModel<? extends CityRecord> model;
    /** Labels of the agencies, attorneys and parks that reference fields name, per field, for this city. */
    private Map<String, Map<String, String>> references;
    /** The city's years locked by an accepted annual summary: their rows are shown, not offered for change. */
    private Set<Integer> lockedYears;
    /** The value chosen in the drop-down filter of each reference and choice column; blank is "all". */
    private final Map<String, String> choiceFilters = new HashMap<>();

    @PostConstruct
    void load() {
        Actor actor = current.get();
        kindPath = context.kind(context.parameter("kind")).path();
        cities = context.visibleCities();
        CityDto requested = context.requestedCity();
        if (requested == null && cities.isEmpty()) {
            throw new NotFoundException();
        }
        cityId = requested == null ? cities.get(0).id() : requested.id();
        Long requestedYear = context.longParameter("year");
        year = requestedYear == null ? null : requestedYear.intValue();
        lockedYears = Set.copyOf(yearLocks.lockedYears(actor, cityId, false).keySet());
        refresh();
    }

    /** Rebuilds the model after the year changed. */
    public void refresh() {
        model = modelFor(kind());
        references = new HashMap<>();
        kind().fields().forEach(f -> references.put(f.name(), kind().referenceChoices(f.name(), cityId)));
    }

    private <E extends CityRecord> LazyDataModel<E> modelFor(RecordKind<E> kind) {
        return new RecordLazyModel<>(reads, current.get(), kind, cityId, year, choiceFilters);
    }

    /** The list's city and year as a file, with the columns an import reads. */
    public StreamedContent export(String formatName) {
        RecordFile format = RecordFile.of(formatName).orElseThrow(NotFoundException::new);
        RecordExport.Exported exported = exports.export(current.get(), kind(), cityId, year, format);
        return DefaultStreamedContent.builder()
                .name(exported.fileName())
                .contentType(format.format().mediaType())
                .writer(out -> {
                    try {
                        exported.body().write(out);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .build();
    }

    public void delete(CityRecord record) {
        try {
            records.delete(current.get(), kind(), cityId, record.getId(), record.getVersion(),
                    context.portalSource(current.get()));
            messages.info("records.deleted");
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "");
        }
    }

    public RecordKind<? extends CityRecord> kind() {
        return context.kind(kindPath);
    }

    public List<? extends RecordField<?, ?>> getColumns() {
        return kind().fields();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public String display(CityRecord record, RecordField field) {
        String shown = context.display(record, field);
        return references.getOrDefault(field.name(), Map.of()).getOrDefault(shown, shown);
    }

    /**
     * Columns filtered by a drop-down of names rather than typed text: references (by the agency's or
     * attorney's name, never its id) and choices (by their label), both matched exactly.
     */
    public List<? extends RecordField<?, ?>> getChoiceColumns() {
        return kind().fields().stream().filter(this::choiceColumn).toList();
    }

    public boolean choiceColumn(RecordField<?, ?> field) {
        return field.type().queryable() && (field.type().namesAnObject() || !field.type().choices().isEmpty());
    }

    /** A drop-down filter's options, value to label. */
    public Map<String, String> choices(RecordField<?, ?> field) {
        if (field.type().namesAnObject()) {
            return references.getOrDefault(field.name(), Map.of());
        }
        Map<String, String> labelled = new java.util.LinkedHashMap<>();
        field.type().choices().forEach(choice -> labelled.put(choice, context.choiceLabel(field, choice)));
        return labelled;
    }

    public Map<String, String> getChoiceFilters() {
        return choiceFilters;
    }

    public String label(RecordField<?, ?> field) {
        return context.fieldLabel(kind(), field);
    }

    public String getTitle() {
        return context.kindLabel(kind());
    }

    public boolean isMayLog() {
        Actor actor = current.get();
        return actor.reportsFor(cityId) || kind().agenciesMayLog() && actor.servesAsAgency(cityId);
    }

    /** Whether a record's year is locked: it is shown with a badge and can be read, not changed. */
    public boolean locked(CityRecord record) {
        return lockedYears.contains(record.getYear());
    }

    /** What the notice above a locked year's list says. */
    public String getLockedNotice() {
        return context.text("records.lockedYear", String.valueOf(year));
    }

    /** Whether the year chosen in the list is locked, so nothing new can be logged or imported into it. */
    public boolean isYearLocked() {
        return year != null && lockedYears.contains(year);
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(ProgrammeDates.EARLIEST.getYear(), Year.now().getValue() + 1).boxed().toList();
    }

    public String cityName(CityDto city) {
        return context.cityName(city);
    }

    public CityDto getCity() {
        return cities.stream().filter(c -> c.id() == cityId).findFirst().orElse(null);
    }

    public String getKindPath() {
        return kindPath;
    }

    public Long getCityId() {
        return cityId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LazyDataModel<? extends CityRecord> getModel() {
        return model;
    }
}
