package org.pilotops.bench;

import java.util.List;

/**
 * A city the generator made, with what its records may reference (an agency serving it, that agency's
 * attorneys, one of its parks) and the reporter account that logs them.
 */
public record BenchCity(long id, String divisionCode, String nameZh, long agencyId, List<Long> attorneyIds,
                        long parkId, String reporter) {
}
