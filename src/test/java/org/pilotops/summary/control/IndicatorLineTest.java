package org.pilotops.summary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pilotops.summary.entity.Indicator;

/** Year-over-year change and targets, including everything that cannot be told. */
class IndicatorLineTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static IndicatorLine line(String figure, String previous, String target) {
        return new IndicatorLine(Indicator.PLEDGE_AMOUNT, d(figure), d(previous), d(target));
    }

    @Test
    void growthIsTheChangeAndItsShareOfLastYear() {
        IndicatorLine line = line("1250.00", "1000.00", null);
        assertEquals(d("250.00"), line.change());
        assertEquals(d("0.2500"), line.relativeChange());
        assertEquals(d("-0.2000"), line("800.00", "1000.00", null).relativeChange());
        assertEquals(d("0.3333"), line("4", "3", null).relativeChange(), "rounded half up to four decimals");
    }

    @Test
    void noGrowthRateFromNothingOrFromWhatIsNotKnown() {
        assertEquals(d("5"), line("5", "0", null).change());
        assertNull(line("5", "0", null).relativeChange(), "growth from 0 has no rate");
        assertNull(line("5", null, null).change(), "no previous year");
        assertNull(line("5", null, null).relativeChange());
        assertNull(line(null, "5", null).change(), "this year not reported");
        assertNull(line(null, "5", null).relativeChange());
    }

    @Test
    void aTargetIsMetWhenTheFigureReachesIt() {
        IndicatorLine over = line("120", "100", "100");
        assertEquals(Boolean.TRUE, over.targetMet());
        assertEquals(d("1.2000"), over.attainment());
        assertEquals(Boolean.TRUE, line("100", null, "100").targetMet());
        IndicatorLine under = line("75", null, "100");
        assertEquals(Boolean.FALSE, under.targetMet());
        assertEquals(d("0.7500"), under.attainment());
    }

    @Test
    void noJudgementWithoutATargetOrAFigure() {
        assertNull(line("75", null, null).targetMet());
        assertNull(line("75", null, null).attainment());
        assertNull(line(null, null, "100").targetMet());
        assertNull(line(null, null, "100").attainment());
        assertEquals(Boolean.TRUE, line("3", null, "0").targetMet(), "a target of 0 is met by anything");
        assertNull(line("3", null, "0").attainment(), "but no share of 0 can be told");
    }
}
