package org.pilotops.summary.boundary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pilotops.summary.control.Indicators;
import org.pilotops.summary.entity.Indicator;

/**
 * The indicators of one scope (a city, a province, the nation) over the pilot years, for dashboards:
 * each indicator's figure per year (absent when not reported) and, for a city, the target its previous
 * year's summary set for the year. Codes, areas and units as strings, so other features read it without
 * the summary feature's classes.
 *
 * @param years the pilot years, in order
 */
public record IndicatorTrend(List<Integer> years, List<Series> series) {

    /**
     * @param code   the indicator's stable code ({@code indicator.<code>} names it)
     * @param area   its pilot content area ({@code SummarySection} constant), null for those across areas
     * @param unit   {@code COUNT}, {@code AMOUNT} (CNY) or {@code RATIO} (0–1)
     * @param main   a main indicator (takes targets); the others are parts and supporting counts
     * @param parent the code of the indicator this one breaks down, null for none
     */
    public record Series(String code, String area, String unit, boolean main, String parent,
                         Map<Integer, BigDecimal> figures, Map<Integer, BigDecimal> targets) {

        public BigDecimal figure(int year) {
            return figures.get(year);
        }

        public BigDecimal target(int year) {
            return targets.get(year);
        }
    }

    static IndicatorTrend of(Map<Integer, Indicators> figures, Map<Integer, Map<Indicator, BigDecimal>> targets) {
        List<Integer> years = List.copyOf(new TreeMap<>(figures).keySet());
        List<Series> series = Arrays.stream(Indicator.values()).map(indicator -> {
            Map<Integer, BigDecimal> perYear = new TreeMap<>();
            Map<Integer, BigDecimal> targetPerYear = new TreeMap<>();
            for (int year : years) {
                BigDecimal figure = figures.get(year).figure(indicator);
                if (figure != null) {
                    perYear.put(year, figure);
                }
                BigDecimal target = targets.getOrDefault(year, Map.of()).get(indicator);
                if (target != null) {
                    targetPerYear.put(year, target);
                }
            }
            return new Series(indicator.name(), indicator.area().map(Enum::name).orElse(null), indicator.unit().name(),
                    indicator.isMain(), indicator.parent().map(Enum::name).orElse(null), perYear, targetPerYear);
        }).toList();
        return new IndicatorTrend(years, series);
    }

    public List<Series> main() {
        return series.stream().filter(Series::main).toList();
    }
}
