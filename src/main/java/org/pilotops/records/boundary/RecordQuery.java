package org.pilotops.records.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.RecordKind;

/**
 * One page of a record list: optional year, page from 0, size up to {@value #MAX_SIZE}, one sort
 * attribute, and filters by field: free text matches a part, everything else its exact value, and dates
 * and numbers may take a range {@code from..to} (either end open). A filter no list knows is refused, so a
 * misspelt one never quietly answers everything.
 */
public record RecordQuery(Integer year, int page, int size, String sort, boolean descending,
                          Map<String, String> filters) {

    public static final int MAX_SIZE = 500;
    /** The years a list may ask for: any a record could be of, and a margin. */
    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 2100;
    public static final int DEFAULT_SIZE = 50;

    public RecordQuery {
        filters = Map.copyOf(filters);
    }

    public static RecordQuery firstPage() {
        return new RecordQuery(null, 0, DEFAULT_SIZE, "id", true, Map.of());
    }

    /** Refuses what no list can answer, naming the parameter. */
    public RecordQuery checkedFor(RecordKind<?> kind) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(Violation.of("page", "query.page"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(Violation.of("size", "query.size", MAX_SIZE));
        }
        if (year != null && (year < EARLIEST_YEAR || year > LATEST_YEAR)) {
            violations.add(Violation.of("year", "query.year"));
        }
        if (!kind.sortable(sort)) {
            violations.add(Violation.of("sort", "query.sort", sort));
        }
        for (String name : filters.keySet()) {
            if (kind.filter(name).isEmpty()) {
                violations.add(Violation.of(name, "query.unknown-filter", name));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return this;
    }
}
