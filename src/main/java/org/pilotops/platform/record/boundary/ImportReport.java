package org.pilotops.platform.record.boundary;

import java.util.List;
import org.pilotops.platform.problem.Violation;

/**
 * What an import found: how many rows were read, accepted and rejected, and what is wrong with each
 * rejected row (the first {@value RecordImport#MAX_LISTED} problems; the counts are always complete).
 */
public record ImportReport(boolean dryRun, boolean stored, int total, int accepted, int rejected,
                           List<Violation> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
