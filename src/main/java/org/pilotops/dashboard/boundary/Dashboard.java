package org.pilotops.dashboard.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.summary.boundary.IndicatorTrend;
import org.pilotops.summary.boundary.SummaryOverview;

/**
 * What a dashboard shows for one scope: the nation, a province or a city, for the pilot years and one
 * year in focus.
 *
 * @param province     the province in view (null for the nation)
 * @param city         the city in view (null for the nation and a province)
 * @param kinds        the record kinds' paths, in the menu's order
 * @param records      per kind path and year, the scope's records (the live aggregates)
 * @param amounts      per kind path and year, the sum of the kind's main amount (kinds with one only)
 * @param indicators   the scope's indicators per pilot year, with a city's targets
 * @param rates        per pilot year, the scope's summary reporting and on-time rates
 * @param parts        the year in focus broken down: per province for the nation, per city for a province
 *                     (empty for a city)
 * @param cities       the year in focus per city of the scope (a city's own line for a city)
 */
public record Dashboard(Level level, ProvinceDto province, CityDto city, int year, List<Integer> years,
                        List<String> kinds, Map<String, Map<Integer, Long>> records,
                        Map<String, Map<Integer, BigDecimal>> amounts, IndicatorTrend indicators,
                        Map<Integer, SummaryOverview.Rates> rates, List<Part> parts, List<CityFigures> cities) {

    public enum Level { NATION, PROVINCE, CITY }

    /** One bar of the comparison: a province of the nation or a city of a province, in the year in focus. */
    public record Part(long id, String nameZh, String nameEn, Map<String, Long> records, SummaryOverview.Rates rates) {

        public long records(String kind) {
            return records.getOrDefault(kind, 0L);
        }

        public long totalRecords() {
            return records.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public long records(String kind, int year) {
        return records.getOrDefault(kind, Map.of()).getOrDefault(year, 0L);
    }

    public BigDecimal amount(String kind, int year) {
        return amounts.getOrDefault(kind, Map.of()).get(year);
    }

    public long totalRecords(int year) {
        return kinds.stream().mapToLong(kind -> records(kind, year)).sum();
    }

    /** The kinds whose records carry a main amount (a budget, a pledge's amount, a fee, a face value). */
    public List<String> kindsWithAmount() {
        return kinds.stream().filter(amounts::containsKey).toList();
    }
}
