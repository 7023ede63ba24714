package org.pilotops.records.boundary;

import java.util.List;

/** One page of records and the number of records that match in all. */
public record RecordPage<E>(List<E> items, long total, int page, int size) {

    public RecordPage {
        items = List.copyOf(items);
    }
}
