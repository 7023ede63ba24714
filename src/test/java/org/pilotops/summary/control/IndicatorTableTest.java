package org.pilotops.summary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotops.summary.entity.Indicator;

class IndicatorTableTest {

    private static Indicators figures(int year, Object... pairs) {
        Map<Indicator, BigDecimal> figures = new EnumMap<>(Indicator.class);
        for (int i = 0; i < pairs.length; i += 2) {
            figures.put((Indicator) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return Indicators.measured(year, figures);
    }

    @Test
    void eachLineComparesTheYearWithTheLastAndWithItsTarget() {
        IndicatorTable table = new IndicatorTable(
                figures(2019, Indicator.PLEDGE_FINANCINGS, "6", Indicator.PLEDGE_AMOUNT, "1500000.5"),
                figures(2018, Indicator.PLEDGE_FINANCINGS, "4", Indicator.PLEDGE_AMOUNT, "1000000"),
                Map.of(Indicator.PLEDGE_FINANCINGS, new BigDecimal("5")));
        IndicatorLine count = table.line(Indicator.PLEDGE_FINANCINGS);
        assertEquals(new BigDecimal("6"), count.figure());
        assertEquals(new BigDecimal("0.5000"), count.relativeChange());
        assertEquals(Boolean.TRUE, count.targetMet());
        IndicatorLine amount = table.line(Indicator.PLEDGE_AMOUNT);
        assertEquals(new BigDecimal("1500000.50"), amount.figure(), "amounts carry two decimals");
        assertEquals(new BigDecimal("500000.50"), amount.change());
        assertNull(amount.target());
        assertEquals(Indicator.values().length, table.lines().size());
        assertEquals(2019, table.year());
    }

    @Test
    void theFirstPilotYearHasNoPreviousYear() {
        IndicatorTable table = new IndicatorTable(figures(2017, Indicator.FREE_FILINGS, "3"), null, Map.of());
        assertNull(table.line(Indicator.FREE_FILINGS).previous());
        assertNull(table.line(Indicator.FREE_FILINGS).change());
        assertThrows(IllegalArgumentException.class,
                () -> new IndicatorTable(figures(2019), figures(2017), Map.of()), "the previous year is the year before");
    }

    @Test
    void attorneyCoverageIsDerivedAndUnknownWithoutAttorneys() {
        Indicators covered = figures(2019, Indicator.ATTORNEYS_SERVING, "3", Indicator.ATTORNEYS_WITH_FREE_FILING, "2");
        assertEquals(new BigDecimal("0.6667"), covered.figure(Indicator.ATTORNEY_COVERAGE));
        Indicators none = figures(2019, Indicator.ATTORNEYS_SERVING, "0", Indicator.ATTORNEYS_WITH_FREE_FILING, "0");
        assertFalse(none.isReported(Indicator.ATTORNEY_COVERAGE));
    }

    @Test
    void aFrozenTableReadsBackAsItWasWritten() {
        Map<Indicator, BigDecimal> measured = new EnumMap<>(Indicator.class);
        measured.put(Indicator.NAVIGATION_PROJECTS, new BigDecimal("3"));
        measured.put(Indicator.PLEDGE_AMOUNT, new BigDecimal("1700000.50"));
        measured.put(Indicator.ATTORNEYS_SERVING, new BigDecimal("3"));
        measured.put(Indicator.ATTORNEYS_WITH_FREE_FILING, new BigDecimal("2"));
        IndicatorTable table = new IndicatorTable(Indicators.measured(2019, measured),
                figures(2018, Indicator.NAVIGATION_PROJECTS, "1"),
                Map.of(Indicator.ATTORNEY_COVERAGE, new BigDecimal("0.5"), Indicator.PLEDGE_AMOUNT, new BigDecimal("1000000")));

        String json = table.toJson();
        assertTrue(json.contains("\"NAVIGATION_SMES_REACHED\":null"), "what is not reported is written as such: " + json);
        assertTrue(json.contains("\"PLEDGE_AMOUNT\":1700000.50"), json);
        IndicatorTable read = IndicatorTable.fromJson(json);
        assertEquals(table, read);
        assertEquals(table.lines(), read.lines());
        assertNull(IndicatorTable.fromJson(new IndicatorTable(figures(2017), null, Map.of()).toJson()).previous());
    }

    @Test
    void anOldTableKeepsWhatItKnewAndIgnoresRetiredCodes() {
        IndicatorTable read = IndicatorTable.fromJson("{\"year\":2018,\"figures\":{\"FREE_FILINGS\":4,\"RETIRED\":9},"
                + "\"previousFigures\":null,\"targets\":{\"FREE_FILINGS\":5}}");
        assertEquals(new BigDecimal("4"), read.line(Indicator.FREE_FILINGS).figure());
        assertEquals(Boolean.FALSE, read.line(Indicator.FREE_FILINGS).targetMet());
        assertNull(read.line(Indicator.SMES_SERVED).figure(), "an indicator the table did not have is not reported");
    }
}
