package org.pilotops.summary.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pilotops.summary.entity.Indicator;

/**
 * One row of a summary's indicator table: this year's figure, last year's, the change, and the target the
 * previous year's summary set. Every figure may be missing (not reported, no previous year, no target);
 * what is computed from a missing figure is missing too, never 0.
 *
 * @param figure   this year's figure, or null when not reported
 * @param previous last year's figure, or null when not reported or before the programme
 * @param target   the target set for this year in last year's summary, or null when none was set
 */
public record IndicatorLine(Indicator indicator, BigDecimal figure, BigDecimal previous, BigDecimal target) {

    /** Decimals of the ratios below: 0.1250 is 12.5 %. */
    public static final int RATIO_SCALE = 4;

    /** This year's figure minus last year's; null when either is missing. */
    public BigDecimal change() {
        return figure == null || previous == null ? null : figure.subtract(previous);
    }

    /**
     * The change as a share of last year's figure (0.2500 for a quarter more); null when either figure is
     * missing or last year's was 0, from which no growth rate can be told.
     */
    public BigDecimal relativeChange() {
        BigDecimal change = change();
        return change == null || previous.signum() == 0 ? null : change.divide(previous, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** This year's figure as a share of the target (1.0000 when met exactly); null without a figure or a positive target. */
    public BigDecimal attainment() {
        return figure == null || target == null || target.signum() <= 0
                ? null : figure.divide(target, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The target was reached: every indicator with targets counts something the programme wants more of.
     * Null when there is no target or no figure to judge.
     */
    public Boolean targetMet() {
        return figure == null || target == null ? null : figure.compareTo(target) >= 0;
    }
}
