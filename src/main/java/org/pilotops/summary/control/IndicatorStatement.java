package org.pilotops.summary.control;

import static org.pilotops.summary.entity.Indicator.ATTORNEYS_SERVING;
import static org.pilotops.summary.entity.Indicator.ATTORNEYS_WITH_FREE_FILING;
import static org.pilotops.summary.entity.Indicator.FREE_FILINGS;
import static org.pilotops.summary.entity.Indicator.NAVIGATION_PROJECTS;
import static org.pilotops.summary.entity.Indicator.NAVIGATION_SMES_REACHED;
import static org.pilotops.summary.entity.Indicator.NAVIGATION_SMES_REACHED_NOT_REPORTED;
import static org.pilotops.summary.entity.Indicator.PARKS_BELOW_DENSITY_FLOOR;
import static org.pilotops.summary.entity.Indicator.PLEDGE_AMOUNT;
import static org.pilotops.summary.entity.Indicator.PLEDGE_FINANCINGS;
import static org.pilotops.summary.entity.Indicator.PLEDGE_SMES;
import static org.pilotops.summary.entity.Indicator.PROTECTION_CASES_ACCEPTED;
import static org.pilotops.summary.entity.Indicator.PROTECTION_CASES_CLOSED;
import static org.pilotops.summary.entity.Indicator.PROTECTION_CENTRES_OPERATING;
import static org.pilotops.summary.entity.Indicator.PROTECTION_DISPUTES_MEDIATED;
import static org.pilotops.summary.entity.Indicator.SMES_SERVED;
import static org.pilotops.summary.entity.Indicator.TRAINING_ATTENDEES;
import static org.pilotops.summary.entity.Indicator.TRAINING_SESSIONS;
import static org.pilotops.summary.entity.Indicator.TRUSTEESHIP_CONTRACTS;
import static org.pilotops.summary.entity.Indicator.TRUSTEESHIP_PATENTS_MANAGED;
import static org.pilotops.summary.entity.Indicator.TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED;
import static org.pilotops.summary.entity.Indicator.TRUSTEESHIP_SMES;
import static org.pilotops.summary.entity.Indicator.VOUCHERS_ISSUED;
import static org.pilotops.summary.entity.Indicator.VOUCHERS_REDEEMED;
import static org.pilotops.summary.entity.Indicator.VOUCHER_VALUE_ISSUED;
import static org.pilotops.summary.entity.Indicator.VOUCHER_VALUE_REDEEMED;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.pilotops.summary.entity.Indicator;

/**
 * The one SQL statement that measures every indicator of a scope over a range of years, and the reading
 * of its rows. One round trip: a {@code UNION ALL} of one branch per table (or per way of dating its
 * rows), each scanning its table once through the {@code (city_id, year)} index and answering rows of
 * {@code (branch, part, year, m1…m4)}. {@code WITH ROLLUP} gives each year's total (part {@code NULL})
 * next to its parts, so a distinct count is counted distinctly for the total too, never added up. A
 * statement of some branches only answers the same rows for them, so figures can be measured again one
 * branch at a time ({@link IndicatorCalculator}).
 *
 * <p>Years are the records' reporting years, except where the indicator is about another date: a
 * centre's caseload by the year of its activity, redemptions by the redemption date, and operating
 * centres as those opened by the end of each year. Agencies serving a city and their attorneys are not
 * kept per year, so attorney coverage always divides by today's attorneys.
 */
final class IndicatorStatement {

    /**
     * The notice's admission floor, 48.4 invention patents per 10,000 population. The city feature owns
     * it ({@code Park.PATENT_DENSITY_FLOOR}) but a control class may not reach another feature's
     * entities; {@code IndicatorStatementTest} keeps the two equal.
     */
    static final BigDecimal PATENT_DENSITY_FLOOR = new BigDecimal("48.4");

    /** How many measure columns every branch answers; branches with fewer answer NULL for the rest. */
    static final int MEASURES = 4;

    private static final Pattern IN_SCOPE = Pattern.compile("IN_SCOPE\\(([\\w.]+)\\)");
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    /** How a branch's rows are dated. */
    private enum Dating {
        /** A row per year (rows without a year are ROLLUP's grand total and are skipped). */
        YEARLY,
        /** A row per year something started; it counts in that year and every later one. */
        CUMULATIVE,
        /** One row, the same in every year. */
        TIMELESS
    }

    private record Measure(Indicator indicator, String sql) {
    }

    /**
     * @param part the column that breaks the figures down into parts ({@code NULL} for none)
     * @param year the column of the year a row counts in ({@code NULL} for timeless figures)
     * @param rest FROM … WHERE … GROUP BY …, with {@code IN_SCOPE(column)} for the scope's condition
     */
    private record Branch(Dating dating, String part, String year, List<Measure> measures, String rest) {

        /** The record kinds whose tables this branch reads, as {@code record_tally} names them. */
        Set<String> kinds() {
            return RECORD_TABLES.entrySet().stream()
                    .filter(table -> Pattern.compile("\\b" + table.getKey() + "\\b").matcher(rest).find())
                    .map(Map.Entry::getValue)
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The record tables, with the kind {@code record_tally} counts their writes under (migration V0022). */
    private static final Map<String, String> RECORD_TABLES = Map.of(
            "navigation_project", "navigation-projects",
            "pledge_financing", "pledge-financings",
            "trusteeship_contract", "trusteeship-contracts",
            "protection_centre", "protection-centres",
            "training_session", "training-sessions",
            "voucher", "vouchers",
            "free_filing", "free-filings");

    private static Measure measure(Indicator indicator, String sql) {
        return new Measure(indicator, sql);
    }

    private static final List<Branch> BRANCHES = List.of(
            new Branch(Dating.YEARLY, "type", "year", List.of(
                    measure(NAVIGATION_PROJECTS, "COUNT(*)"),
                    measure(NAVIGATION_SMES_REACHED, "SUM(smes_reached)"),
                    measure(NAVIGATION_SMES_REACHED_NOT_REPORTED, "SUM(smes_reached IS NULL)")),
                    "FROM navigation_project WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to "
                            + "GROUP BY year, type WITH ROLLUP"),
            new Branch(Dating.YEARLY, "lender_type", "year", List.of(
                    measure(PLEDGE_FINANCINGS, "COUNT(*)"),
                    measure(PLEDGE_AMOUNT, "SUM(amount)"),
                    measure(PLEDGE_SMES, "COUNT(DISTINCT sme_credit_code)")),
                    "FROM pledge_financing WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to "
                            + "GROUP BY year, lender_type WITH ROLLUP"),
            new Branch(Dating.YEARLY, "NULL", "year", List.of(
                    measure(TRUSTEESHIP_CONTRACTS, "COUNT(*)"),
                    measure(TRUSTEESHIP_SMES, "COUNT(DISTINCT sme_credit_code)"),
                    measure(TRUSTEESHIP_PATENTS_MANAGED, "SUM(patents_managed)"),
                    measure(TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED, "SUM(patents_managed IS NULL)")),
                    "FROM trusteeship_contract WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to GROUP BY year"),
            new Branch(Dating.YEARLY, "NULL", "a.year", List.of(
                    measure(PROTECTION_CASES_ACCEPTED, "SUM(a.cases_accepted)"),
                    measure(PROTECTION_CASES_CLOSED, "SUM(a.cases_closed)"),
                    measure(PROTECTION_DISPUTES_MEDIATED, "SUM(a.disputes_mediated)")),
                    "FROM protection_centre_activity a JOIN protection_centre c ON c.id = a.centre_id "
                            + "WHERE IN_SCOPE(c.city_id) AND a.year BETWEEN :from AND :to GROUP BY a.year"),
            // A centre's status is today's, not kept per year: one operating now and opened by the end of a
            // year is counted as operating in that year.
            new Branch(Dating.CUMULATIVE, "NULL", "year", List.of(
                    measure(PROTECTION_CENTRES_OPERATING, "COUNT(*)")),
                    "FROM protection_centre WHERE IN_SCOPE(city_id) AND status = 'OPERATING' AND year <= :to "
                            + "GROUP BY year"),
            new Branch(Dating.YEARLY, "audience", "year", List.of(
                    measure(TRAINING_SESSIONS, "COUNT(*)"),
                    measure(TRAINING_ATTENDEES, "SUM(attendees)")),
                    "FROM training_session WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to "
                            + "GROUP BY year, audience WITH ROLLUP"),
            new Branch(Dating.YEARLY, "kind", "year", List.of(
                    measure(VOUCHERS_ISSUED, "COUNT(*)"),
                    measure(VOUCHER_VALUE_ISSUED, "SUM(face_value)")),
                    "FROM voucher WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to "
                            + "GROUP BY year, kind WITH ROLLUP"),
            // Redemptions count in the year they happen, whenever the voucher was issued.
            new Branch(Dating.YEARLY, "kind", "YEAR(redeemed_date)", List.of(
                    measure(VOUCHERS_REDEEMED, "COUNT(*)"),
                    measure(VOUCHER_VALUE_REDEEMED, "SUM(face_value)")),
                    "FROM voucher WHERE IN_SCOPE(city_id) AND redeemed_date BETWEEN :firstDay AND :lastDay "
                            + "GROUP BY YEAR(redeemed_date), kind WITH ROLLUP"),
            new Branch(Dating.YEARLY, "patent_type", "year", List.of(
                    measure(FREE_FILINGS, "COUNT(*)")),
                    "FROM free_filing WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to "
                            + "GROUP BY year, patent_type WITH ROLLUP"),
            // Only attorneys of agencies serving the scope count, so coverage never exceeds 100 %.
            new Branch(Dating.YEARLY, "NULL", "f.year", List.of(
                    measure(ATTORNEYS_WITH_FREE_FILING, "COUNT(DISTINCT f.attorney_id)")),
                    "FROM free_filing f JOIN patent_attorney pa ON pa.id = f.attorney_id "
                            + "WHERE IN_SCOPE(f.city_id) AND f.year BETWEEN :from AND :to AND EXISTS "
                            + "(SELECT 1 FROM agency_city ac WHERE ac.agency_id = pa.agency_id AND IN_SCOPE(ac.city_id)) "
                            + "GROUP BY f.year"),
            new Branch(Dating.TIMELESS, "NULL", "NULL", List.of(
                    measure(ATTORNEYS_SERVING, "COUNT(*)")),
                    "FROM patent_attorney pa WHERE EXISTS "
                            + "(SELECT 1 FROM agency_city ac WHERE ac.agency_id = pa.agency_id AND IN_SCOPE(ac.city_id))"),
            new Branch(Dating.YEARLY, "NULL", "s.year", List.of(
                    measure(SMES_SERVED, "COUNT(DISTINCT s.sme_credit_code)")),
                    "FROM (" + smeCodes("pledge_financing") + " UNION ALL " + smeCodes("trusteeship_contract")
                            + " UNION ALL " + smeCodes("voucher") + " UNION ALL " + smeCodes("free_filing")
                            + ") s GROUP BY s.year"),
            new Branch(Dating.YEARLY, "NULL", "py.year", List.of(
                    measure(PARKS_BELOW_DENSITY_FLOOR, "COUNT(*)")),
                    "FROM park_year py JOIN park p ON p.id = py.park_id WHERE IN_SCOPE(p.city_id) "
                            + "AND py.year BETWEEN :from AND :to AND py.invention_patents_per_10k < :floor GROUP BY py.year"));

    private static String smeCodes(String table) {
        return "SELECT year, sme_credit_code FROM " + table + " WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to";
    }

    private final IndicatorScope scope;
    private final int fromYear;
    private final int toYear;
    private final List<Object> parameters = new ArrayList<>();
    private final String sql;

    IndicatorStatement(IndicatorScope scope, int fromYear, int toYear) {
        this(scope, fromYear, toYear, IntStream.range(0, BRANCHES.size()).boxed().toList());
    }

    /** A statement of some branches only ({@link #branches()}): their rows are the same as in the whole statement. */
    IndicatorStatement(IndicatorScope scope, int fromYear, int toYear, List<Integer> branches) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("years " + fromYear + " to " + toYear);
        }
        this.scope = scope;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.sql = positional(branches.stream()
                .map(i -> "(" + select(i, BRANCHES.get(i)) + ")")
                .collect(Collectors.joining("\nUNION ALL\n")));
    }

    private static String select(int index, Branch branch) {
        List<String> columns = new ArrayList<>(List.of(index + " AS branch", branch.part() + " AS part",
                branch.year() + " AS yr"));
        for (int m = 0; m < MEASURES; m++) {
            columns.add((m < branch.measures().size() ? branch.measures().get(m).sql() : "NULL") + " AS m" + (m + 1));
        }
        return "SELECT " + String.join(", ", columns) + " " + branch.rest();
    }

    /** Puts the scope's condition in and turns named parameters into numbered ones, in order. */
    private String positional(String named) {
        Matcher scoped = IN_SCOPE.matcher(named);
        String withScope = scoped.replaceAll(m -> Matcher.quoteReplacement(scope.condition(m.group(1))));
        Matcher parameter = PARAMETER.matcher(withScope);
        StringBuilder numbered = new StringBuilder();
        while (parameter.find()) {
            parameters.add(value(parameter.group(1)));
            parameter.appendReplacement(numbered, "?" + parameters.size());
        }
        parameter.appendTail(numbered);
        return numbered.toString();
    }

    private Object value(String name) {
        return switch (name) {
            case "scope" -> scope.id();
            case "from" -> fromYear;
            case "to" -> toYear;
            case "firstDay" -> Date.valueOf(LocalDate.of(fromYear, Month.JANUARY, 1));
            case "lastDay" -> Date.valueOf(LocalDate.of(toYear, Month.DECEMBER, 31));
            case "floor" -> PATENT_DENSITY_FLOOR;
            default -> throw new IllegalStateException("unknown parameter :" + name);
        };
    }

    /** How many branches the whole statement has; a row's first column is its branch. */
    static int branches() {
        return BRANCHES.size();
    }

    /**
     * The record kinds a branch reads: its rows change only when records of these kinds are written (or
     * what the data revision counts, which every branch may read).
     */
    static Set<String> kindsRead(int branch) {
        return BRANCHES.get(branch).kinds();
    }

    /** The statement, with numbered parameters {@code ?1 … ?n}. */
    String sql() {
        return sql;
    }

    /** The values of {@code ?1 … ?n}, in order. */
    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /**
     * The figures of every year of the range from the statement's rows. What no row mentions is 0 (no
     * record); a measure the database answered NULL for (a sum over records that all left it empty) is
     * not reported.
     */
    Map<Integer, Indicators> figures(List<Object[]> rows) {
        Map<Integer, Map<Indicator, BigDecimal>> years = new TreeMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            Map<Indicator, BigDecimal> zeros = new EnumMap<>(Indicator.class);
            for (Branch branch : BRANCHES) {
                for (Measure measure : branch.measures()) {
                    zeros.put(measure.indicator(), BigDecimal.ZERO);
                    measure.indicator().parts().forEach(part -> zeros.put(part, BigDecimal.ZERO));
                }
            }
            years.put(year, zeros);
        }
        for (Object[] row : rows) {
            Branch branch = BRANCHES.get(((Number) row[0]).intValue());
            String part = (String) row[1];
            Integer year = row[2] == null ? null : ((Number) row[2]).intValue();
            for (int m = 0; m < branch.measures().size(); m++) {
                Indicator measured = branch.measures().get(m).indicator();
                Indicator indicator = part == null ? measured : Indicator.partOf(measured, part).orElse(null);
                if (indicator != null) {
                    take(branch.dating(), year, indicator, decimal(row[3 + m]), years);
                }
            }
        }
        Map<Integer, Indicators> figures = new TreeMap<>();
        years.forEach((year, measured) -> figures.put(year, Indicators.measured(year, measured)));
        return figures;
    }

    private static void take(Dating dating, Integer rowYear, Indicator indicator, BigDecimal figure,
                             Map<Integer, Map<Indicator, BigDecimal>> years) {
        switch (dating) {
            case YEARLY -> {
                Map<Indicator, BigDecimal> year = rowYear == null ? null : years.get(rowYear);
                if (year != null) {
                    put(year, indicator, figure);
                }
            }
            case CUMULATIVE -> years.forEach((year, figures) -> {
                if (rowYear != null && rowYear <= year && figure != null) {
                    figures.merge(indicator, figure, BigDecimal::add);
                }
            });
            case TIMELESS -> years.values().forEach(figures -> put(figures, indicator, figure));
        }
    }

    private static void put(Map<Indicator, BigDecimal> figures, Indicator indicator, BigDecimal figure) {
        if (figure == null) {
            figures.remove(indicator);
        } else {
            figures.put(indicator, figure);
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
