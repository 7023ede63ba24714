package org.pilotops.records.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;
import org.pilotops.records.boundary.RecordQuery;
import org.pilotops.records.boundary.RecordReads;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages, sorts and filters a record list in the database, one page at a time, through the same
 * {@link RecordReads} query as the API: the drop-down filters of reference and choice columns and the
 * typed filters of the others (text by a part, dates and numbers exactly or {@code from..to}). A filter
 * the service refuses shows its message and an empty page, never an error page. PrimeFaces asks for the
 * count, then for the page: one COUNT and one SELECT per request.
 */
class RecordLazyModel<E extends CityRecord> extends LazyDataModel<E> {

    private static final long serialVersionUID = 1L;

    private final transient RecordReads records;
    private final Actor actor;
    private final RecordKind<E> kind;
    private final long cityId;
    private final Integer year;
    private final Map<String, String> choiceFilters;

    RecordLazyModel(RecordReads records, Actor actor, RecordKind<E> kind, long cityId, Integer year,
                    Map<String, String> choiceFilters) {
        this.records = records;
        this.actor = actor;
        this.choiceFilters = choiceFilters;
        this.kind = kind;
        this.cityId = cityId;
        this.year = year;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return (int) records.count(actor, kind, cityId, query(0, 1, Map.of(), filterBy));
        } catch (InvalidInputException refused) {
            return 0;
        }
    }

    @Override
    public List<E> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), RecordQuery.MAX_SIZE);
        try {
            return records.items(actor, kind, cityId, query(first / size, size, sortBy, filterBy));
        } catch (InvalidInputException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Violation v : refused.violations()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        Messages.text(faces.getViewRoot().getLocale(), v), null));
            }
            return List.of();
        }
    }

    @Override
    public String getRowKey(E record) {
        return String.valueOf(record.getId());
    }

    @Override
    public E getRowData(String rowKey) {
        return records.find(actor, kind, cityId, Long.parseLong(rowKey));
    }

    private RecordQuery query(int page, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sort = "id";
        boolean descending = true;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED && kind.sortable(meta.getField())) {
                sort = meta.getField();
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
        }
        Map<String, String> filters = new HashMap<>();
        choiceFilters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                filters.put(name, value);
            }
        });
        for (FilterMeta meta : filterBy.values()) {
            Object value = meta.getFilterValue();
            if (value != null && !value.toString().isBlank()) {
                kind.field(meta.getField()).ifPresent(field -> filters.put(field.name(), value.toString()));
            }
        }
        return new RecordQuery(year, page, size, sort, descending, filters);
    }
}
