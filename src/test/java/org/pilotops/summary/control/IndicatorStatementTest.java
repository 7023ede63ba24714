package org.pilotops.summary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pilotops.city.entity.Park;
import org.pilotops.summary.entity.Indicator;

/**
 * The statement's text and the reading of its rows, without a database; {@code IndicatorCalculatorIT}
 * runs it on MariaDB. Rows are written as the database answers them: {@code (branch, indicator, part, year,
 * m1…m4)}.
 */
class IndicatorStatementTest {

    private static final int NAVIGATION = 0;
    private static final int PLEDGE = 1;
    private static final int FREE_FILINGS = 5;
    private static final int NATIONAL_SMES = 6;
    private static final int NATIONAL_ATTORNEYS = 7;
    private static final int CITY_SMES = 8;
    private static final int PROVINCE_SMES = 9;
    private static final int CITY_ATTORNEYS = 10;
    private static final int CENTRE_ACTIVITY = 11;
    private static final int CENTRES_OPERATING = 12;
    private static final int ATTORNEYS_SERVING = 13;
    private static final int PARKS = 14;

    private static Object[] row(int branch, String part, Integer year, Object... measures) {
        return named(branch, null, part, year, measures);
    }

    /** A row of a branch that names its indicator. */
    private static Object[] named(int branch, String indicator, String part, Integer year, Object... measures) {
        Object[] row = new Object[4 + IndicatorStatement.MEASURES];
        row[0] = branch;
        row[1] = indicator;
        row[2] = part;
        row[3] = year;
        System.arraycopy(measures, 0, row, 4, measures.length);
        return row;
    }

    @Test
    void everyParameterIsNumberedInOrderAndBoundOnce() {
        for (IndicatorScope scope : List.of(IndicatorScope.city(42), IndicatorScope.province(320000), IndicatorScope.nation())) {
            IndicatorStatement statement = new IndicatorStatement(scope, 2018, 2019);
            List<Integer> numbers = new ArrayList<>();
            Matcher m = Pattern.compile("\\?(\\d+)").matcher(statement.sql());
            while (m.find()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
            assertEquals(statement.parameters().size(), numbers.size(), scope.toString());
            for (int i = 0; i < numbers.size(); i++) {
                assertEquals(i + 1, numbers.get(i));
            }
            assertFalse(statement.sql().contains("IN_SCOPE"), statement.sql());
            assertFalse(Pattern.compile(":\\w").matcher(statement.sql()).find(), "no named parameter is left");
        }
        assertTrue(new IndicatorStatement(IndicatorScope.city(42), 2019, 2019).parameters().contains(42L));
        assertFalse(new IndicatorStatement(IndicatorScope.nation(), 2019, 2019).sql().contains("pilot_city"),
                "the nation is every city: no condition to check");
        assertTrue(new IndicatorStatement(IndicatorScope.province(320000), 2019, 2019).sql()
                .contains("IN (SELECT id FROM pilot_city WHERE province_id = ?"));
    }

    @Test
    void eachBranchReadsTheKindsWhoseTablesItNames() {
        assertEquals(Set.of("navigation-projects"), IndicatorStatement.kindsRead(NAVIGATION), "the figures kept of one kind");
        assertEquals(Set.of("free-filings"), IndicatorStatement.kindsRead(FREE_FILINGS));
        assertEquals(Set.of("pledge-financings", "trusteeship-contracts", "vouchers", "free-filings"),
                IndicatorStatement.kindsRead(CITY_SMES), "a city's members' counts");
        assertEquals(IndicatorStatement.kindsRead(CITY_SMES), IndicatorStatement.kindsRead(PROVINCE_SMES), "its cities' members");
        assertEquals(Set.of("pledge-financings", "trusteeship-contracts", "vouchers", "free-filings"),
                IndicatorStatement.kindsRead(NATIONAL_SMES), "the members' counts and their changes");
        assertEquals(Set.of("protection-centres"), IndicatorStatement.kindsRead(CENTRE_ACTIVITY),
                "a centre's activity is the centre's kind (its own table is not a kind: data_revision counts it)");
        assertEquals(Set.of("pledge-financings", "trusteeship-contracts", "vouchers", "free-filings"),
                IndicatorStatement.kindsRead(CITY_ATTORNEYS), "the attorneys are members too");
        assertEquals(Set.of(), IndicatorStatement.kindsRead(ATTORNEYS_SERVING), "attorneys are no record kind");
        for (IndicatorScope.Level level : IndicatorScope.Level.values()) {
            Set<String> everyKind = new HashSet<>();
            for (int branch : IndicatorStatement.branches(level)) {
                everyKind.addAll(IndicatorStatement.kindsRead(branch));
            }
            assertEquals(7, everyKind.size(), level + ": every record kind counts in some indicator: " + everyKind);
        }
    }

    @Test
    void aStatementOfSomeBranchesRunsOnlyThose() {
        IndicatorStatement some = new IndicatorStatement(IndicatorScope.province(320000), 2018, 2019, List.of(PROVINCE_SMES, CENTRE_ACTIVITY));
        assertTrue(some.sql().startsWith("(SELECT " + PROVINCE_SMES + " AS branch"), some.sql());
        assertTrue(some.sql().contains("SELECT " + CENTRE_ACTIVITY + " AS branch"), some.sql());
        assertFalse(some.sql().contains("indicator_tally"), some.sql());
        assertTrue(new IndicatorStatement(IndicatorScope.nation(), 2019, 2019, List.of(PLEDGE)).sql()
                .contains("indicator IN ('PLEDGE_FINANCINGS', 'PLEDGE_AMOUNT')"), "a kind's figures only");
        assertEquals(2, some.sql().split("UNION ALL\n").length, "two branches, one UNION ALL between them");
        assertEquals(List.of(320000L, 2018, 2019), some.parameters().subList(0, 3), "numbered from the first branch");
    }

    @Test
    void theFloorIsTheNoticesOne() {
        assertEquals(0, Park.PATENT_DENSITY_FLOOR.compareTo(IndicatorStatement.PATENT_DENSITY_FLOOR));
    }

    @Test
    void whatNoRowMentionsIsZero() {
        Map<Integer, Indicators> figures = new IndicatorStatement(IndicatorScope.city(1), 2018, 2019).figures(List.of());
        assertEquals(List.of(2018, 2019), List.copyOf(figures.keySet()));
        assertEquals(BigDecimal.ZERO, figures.get(2019).figure(Indicator.PLEDGE_AMOUNT).stripTrailingZeros());
        assertEquals(new BigDecimal("0.00"), figures.get(2019).figure(Indicator.PLEDGE_AMOUNT));
        assertEquals(BigDecimal.ZERO, figures.get(2018).figure(Indicator.FREE_FILINGS_DESIGN));
        assertFalse(figures.get(2019).isReported(Indicator.ATTORNEY_COVERAGE), "no attorney serves the city");
    }

    @Test
    void rollupRowsGiveTotalsAndPartsAndTheGrandTotalIsIgnored() {
        IndicatorStatement statement = new IndicatorStatement(IndicatorScope.city(1), 2019, 2019);
        Map<Integer, Indicators> figures = statement.figures(List.of(
                named(PLEDGE, "PLEDGE_FINANCINGS", "BANK", 2019, new BigDecimal("2.00")),
                named(PLEDGE, "PLEDGE_FINANCINGS", "INSURER", 2019, new BigDecimal("1.00")),
                named(PLEDGE, "PLEDGE_FINANCINGS", null, 2019, new BigDecimal("3.00")),
                named(PLEDGE, "PLEDGE_AMOUNT", "BANK", 2019, new BigDecimal("1500000.50")),
                named(PLEDGE, "PLEDGE_AMOUNT", null, 2019, new BigDecimal("1700000.50")),
                named(PLEDGE, "PLEDGE_AMOUNT", null, null, new BigDecimal("9")),
                named(PLEDGE, null, null, null, new BigDecimal("99")),
                named(CITY_SMES, "PLEDGE_SMES", "INSURER", 2019, 1L),
                named(CITY_SMES, "PLEDGE_SMES", "", 2019, 2L)));
        Indicators y2019 = figures.get(2019);
        assertEquals(new BigDecimal("3"), y2019.figure(Indicator.PLEDGE_FINANCINGS), "counts lose the decimals of the sums");
        assertEquals(new BigDecimal("1700000.50"), y2019.figure(Indicator.PLEDGE_AMOUNT));
        assertEquals(new BigDecimal("2"), y2019.figure(Indicator.PLEDGE_SMES), "distinct SMEs counted distinctly, not added");
        assertEquals(new BigDecimal("1500000.50"), y2019.figure(Indicator.PLEDGE_AMOUNT_BANK));
        assertEquals(new BigDecimal("1"), y2019.figure(Indicator.PLEDGE_SMES_INSURER));
        assertEquals(new BigDecimal("0"), y2019.figure(Indicator.PLEDGE_FINANCINGS_GUARANTOR));
    }

    @Test
    void theNationsDistinctCountsAreItsMembersWithAnEmptyPartForAllParts() {
        assertEquals(List.of(NAVIGATION, PLEDGE, 2, 3, 4, FREE_FILINGS, NATIONAL_SMES, NATIONAL_ATTORNEYS, CENTRE_ACTIVITY,
                CENTRES_OPERATING, ATTORNEYS_SERVING, PARKS), IndicatorStatement.branches(IndicatorScope.Level.NATION),
                "no branch counts the records of every city");
        assertFalse(IndicatorStatement.branches(IndicatorScope.Level.CITY).contains(NATIONAL_SMES));
        assertFalse(IndicatorStatement.branches(IndicatorScope.Level.CITY).contains(PROVINCE_SMES));
        assertFalse(IndicatorStatement.branches(IndicatorScope.Level.PROVINCE).contains(CITY_SMES));
        Map<Integer, Indicators> figures = new IndicatorStatement(IndicatorScope.nation(), 2019, 2019).figures(List.of(
                named(NATIONAL_SMES, "PLEDGE_SMES", "BANK", 2019, 4L),
                named(NATIONAL_SMES, "PLEDGE_SMES", "", 2019, 5L),
                named(NATIONAL_SMES, "SMES_SERVED", "", 2019, 7L),
                named(NATIONAL_SMES, "AN_INDICATOR_OF_A_LATER_RELEASE", "", 2019, 1L),
                row(NATIONAL_ATTORNEYS, null, 2019, 3L)));
        assertEquals(new BigDecimal("5"), figures.get(2019).figure(Indicator.PLEDGE_SMES));
        assertEquals(new BigDecimal("4"), figures.get(2019).figure(Indicator.PLEDGE_SMES_BANK));
        assertEquals(new BigDecimal("7"), figures.get(2019).figure(Indicator.SMES_SERVED));
        assertEquals(new BigDecimal("0"), figures.get(2019).figure(Indicator.TRUSTEESHIP_SMES));
        assertEquals(new BigDecimal("3"), figures.get(2019).figure(Indicator.ATTORNEYS_WITH_FREE_FILING));
    }

    @Test
    void aSumOfFiguresNobodyReportedIsNotReported() {
        Map<Integer, Indicators> figures = new IndicatorStatement(IndicatorScope.city(1), 2018, 2019).figures(List.of(
                named(NAVIGATION, "NAVIGATION_PROJECTS", "INDUSTRY_PLANNING", 2018, new BigDecimal("1")),
                named(NAVIGATION, "NAVIGATION_SMES_REACHED", "INDUSTRY_PLANNING", 2018, (Object) null),
                named(NAVIGATION, "NAVIGATION_SMES_REACHED", null, 2018, (Object) null),
                named(NAVIGATION, "NAVIGATION_SMES_REACHED_NOT_REPORTED", null, 2018, new BigDecimal("1")),
                named(NAVIGATION, "NAVIGATION_SMES_REACHED", null, 2019, new BigDecimal("15"))));
        assertNull(figures.get(2018).figure(Indicator.NAVIGATION_SMES_REACHED));
        assertEquals(new BigDecimal("1"), figures.get(2018).figure(Indicator.NAVIGATION_SMES_REACHED_NOT_REPORTED));
        assertEquals(new BigDecimal("15"), figures.get(2019).figure(Indicator.NAVIGATION_SMES_REACHED));
        assertEquals(new BigDecimal("1"), figures.get(2018).figure(Indicator.NAVIGATION_PROJECTS_INDUSTRY_PLANNING));
    }

    @Test
    void centresCountFromTheYearTheyOpenedAndAttorneysInEveryYear() {
        Map<Integer, Indicators> figures = new IndicatorStatement(IndicatorScope.city(1), 2018, 2020).figures(List.of(
                row(CENTRES_OPERATING, null, 2017, 1L),
                row(CENTRES_OPERATING, null, 2019, 2L),
                row(ATTORNEYS_SERVING, null, null, 3L)));
        assertEquals(new BigDecimal("1"), figures.get(2018).figure(Indicator.PROTECTION_CENTRES_OPERATING));
        assertEquals(new BigDecimal("3"), figures.get(2019).figure(Indicator.PROTECTION_CENTRES_OPERATING));
        assertEquals(new BigDecimal("3"), figures.get(2020).figure(Indicator.PROTECTION_CENTRES_OPERATING));
        for (int year = 2018; year <= 2020; year++) {
            assertEquals(new BigDecimal("3"), figures.get(year).figure(Indicator.ATTORNEYS_SERVING));
            assertEquals(new BigDecimal("0.0000"), figures.get(year).figure(Indicator.ATTORNEY_COVERAGE));
        }
    }

    @Test
    void aPartTheIndicatorsDoNotKnowIsLeftOut() {
        Map<Integer, Indicators> figures = new IndicatorStatement(IndicatorScope.city(1), 2019, 2019).figures(List.<Object[]>of(
                named(PLEDGE, "PLEDGE_FINANCINGS", "FUTURE_LENDER", 2019, BigDecimal.TEN)));
        assertEquals(new BigDecimal("0"), figures.get(2019).figure(Indicator.PLEDGE_FINANCINGS));
    }
}
