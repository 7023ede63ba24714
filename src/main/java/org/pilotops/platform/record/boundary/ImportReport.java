package org.pilotops.platform.record.boundary;

import java.util.List;
import org.pilotops.platform.problem.Violation;

/**
 * What an import found: how many rows were read, how many create a record, update one (a row with the
 * {@code id} of an export), would leave one as it is, or are rejected, and what is wrong with each
 * rejected row (the first {@value RecordImport#MAX_LISTED} problems; the counts are always complete).
 * A stored import names the id its audit entries share.
 */
public record ImportReport(boolean dryRun, boolean stored, int total, int created, int updated, int unchanged,
                           int rejected, List<Violation> problems, String importId) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** Rows that may be stored as they are: created, updated and unchanged. */
    public int accepted() {
        return created + updated + unchanged;
    }
}
