package org.pilotops.records.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordQuery;
import org.pilotops.platform.record.boundary.RecordService;
import org.pilotops.platform.security.Actor;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages, sorts and filters a record list in the database, one page at a time, through the same
 * {@link RecordService} query as the API. A filter typed against a choice column may be the choice's
 * label ("进行中") as well as its value ("ONGOING").
 */
class RecordLazyModel<E extends CityRecord> extends LazyDataModel<E> {

    private static final long serialVersionUID = 1L;

    private final transient RecordService records;
    private final transient RecordPageContext labels;
    private final Actor actor;
    private final RecordKind<E> kind;
    private final long cityId;
    private final Integer year;

    RecordLazyModel(RecordService records, RecordPageContext labels, Actor actor, RecordKind<E> kind, long cityId,
                    Integer year) {
        this.records = records;
        this.labels = labels;
        this.actor = actor;
        this.kind = kind;
        this.cityId = cityId;
        this.year = year;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) records.count(actor, kind, cityId, query(0, 1, Map.of(), filterBy));
    }

    @Override
    public List<E> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), RecordQuery.MAX_SIZE);
        return records.list(actor, kind, cityId, query(first / size, size, sortBy, filterBy)).items();
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
        for (FilterMeta meta : filterBy.values()) {
            Object value = meta.getFilterValue();
            if (value != null && !value.toString().isBlank()) {
                kind.field(meta.getField()).ifPresent(field -> filters.put(field.name(), filterText(field, value.toString())));
            }
        }
        return new RecordQuery(year, page, size, sort, descending, filters);
    }

    private String filterText(RecordField<E, ?> field, String typed) {
        String needle = typed.strip().toLowerCase(java.util.Locale.ROOT);
        for (String choice : field.type().choices()) {
            if (choice.toLowerCase(java.util.Locale.ROOT).contains(needle)
                    || labels.choiceLabel(field, choice).toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return choice;
            }
        }
        return typed;
    }
}
