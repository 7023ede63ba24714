package org.pilotops.dashboard.boundary;

import java.math.BigDecimal;
import java.util.Map;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.summary.boundary.SummaryOverview;

/**
 * One city's line of a year's overview: its records and main amounts per kind (from the live aggregates),
 * its annual summary's state and timeliness, and the notice's admission rules it breaks.
 *
 * @param records per kind path, the records of the year (0 for a kind without any)
 * @param amounts per kind path, the sum of the kind's main amount (kinds without an amount are absent)
 */
public record CityFigures(SummaryOverview.Line summary, Map<String, Long> records, Map<String, BigDecimal> amounts) {

    public CityDto city() {
        return summary.city();
    }

    public ProvinceDto province() {
        return summary.province();
    }

    public long records(String kind) {
        return records.getOrDefault(kind, 0L);
    }

    public long totalRecords() {
        return records.values().stream().mapToLong(Long::longValue).sum();
    }
}
