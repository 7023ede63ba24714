package org.pilotops.summary.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.pilotops.summary.entity.Indicator;

/**
 * The figures of one scope and year, keyed by indicator. An indicator without a figure is <em>not
 * reported</em> (the records hold no number for it, e.g. navigation projects that never said how many
 * SMEs they reached), which is not the same as 0. Figures carry their unit's decimals.
 */
public record Indicators(int year, Map<Indicator, BigDecimal> figures) {

    public Indicators {
        EnumMap<Indicator, BigDecimal> copy = new EnumMap<>(Indicator.class);
        figures.forEach((indicator, figure) -> {
            if (figure != null) {
                copy.put(indicator, indicator.unit().normalise(figure));
            }
        });
        figures = Collections.unmodifiableMap(copy);
    }

    /**
     * The figures as measured from the records, with what is derived from them: attorney coverage,
     * not reported when no attorney serves the scope.
     */
    public static Indicators measured(int year, Map<Indicator, BigDecimal> measured) {
        EnumMap<Indicator, BigDecimal> figures = new EnumMap<>(Indicator.class);
        figures.putAll(measured);
        figures.remove(Indicator.ATTORNEY_COVERAGE);
        BigDecimal serving = measured.get(Indicator.ATTORNEYS_SERVING);
        BigDecimal filing = measured.get(Indicator.ATTORNEYS_WITH_FREE_FILING);
        if (serving != null && filing != null && serving.signum() > 0) {
            figures.put(Indicator.ATTORNEY_COVERAGE, filing.divide(serving, Indicator.ATTORNEY_COVERAGE.unit().scale(),
                    RoundingMode.HALF_UP));
        }
        return new Indicators(year, figures);
    }

    /** The figure, or null when it is not reported. */
    public BigDecimal figure(Indicator indicator) {
        return figures.get(indicator);
    }

    public boolean isReported(Indicator indicator) {
        return figures.containsKey(indicator);
    }
}
