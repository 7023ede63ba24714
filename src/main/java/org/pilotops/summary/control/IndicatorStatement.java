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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.pilotops.summary.control.IndicatorScope.Level;
import org.pilotops.summary.entity.Indicator;

/**
 * The one SQL statement that measures every indicator of a scope over a range of years, and the reading
 * of its rows. One round trip: a {@code UNION ALL} of branches, each answering rows of
 * {@code (branch, indicator, part, year, m1…m4)}. A sum's total of a year is {@code WITH ROLLUP}'s row
 * (part {@code NULL}); a distinct count's is its own row of part '' (all parts), counted distinctly, never
 * added up from the parts. A statement of some branches only answers the same rows for them, so figures can
 * be measured again one branch at a time ({@link IndicatorCalculator}).
 *
 * <p>What the records sum and count comes from the figures the database's triggers keep per city, year,
 * indicator and part ({@code indicator_tally}, migration {@code V0025}): a few rows per city, however many
 * records. Distinct counts cannot be summed over cities: a city's are the counts the triggers keep of its
 * members ({@code indicator_city_member_count}), a province's count its cities' members
 * ({@code indicator_city_member}) once, the nation's read the counts of the national members
 * ({@code indicator_member_counted}; attorneys from {@code indicator_member}). Those branches name their
 * indicator in each row; the others' rows are their measures in order.
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

    private static final Set<Level> EVERY_SCOPE = EnumSet.allOf(Level.class);
    /** The scopes whose attorneys with free filings are their cities' members ({@code indicator_city_member}). */
    private static final Set<Level> CITIES = EnumSet.of(Level.CITY, Level.PROVINCE);

    private record Measure(Indicator indicator, String sql) {
    }

    /**
     * @param scopes the levels of scope the branch measures (the others take the same indicators elsewhere)
     * @param indicator the column naming each row's indicator, for a branch of one measure over rows of
     *                  several indicators ({@code NULL}: the row's measures are {@code measures}, in order)
     * @param part the column that breaks the figures down into parts ({@code NULL} or '' for none)
     * @param year the column of the year a row counts in ({@code NULL} for timeless figures)
     * @param rest FROM … WHERE … GROUP BY …, with {@code IN_SCOPE(column)} for the scope's condition
     */
    private record Branch(Set<Level> scopes, Dating dating, String indicator, String part, String year,
                          List<Measure> measures, String rest, Set<String> keptFrom) {

        Branch(Set<Level> scopes, Dating dating, String part, String year, List<Measure> measures, String rest) {
            this(scopes, dating, "NULL", part, year, measures, rest, Set.of());
        }

        /** A branch whose rows name their indicator, one of {@code indicators}, measured by {@code sql}. */
        static Branch named(Set<Level> scopes, List<Indicator> indicators, String sql, String rest) {
            return new Branch(scopes, Dating.YEARLY, "indicator", "part", "year",
                    indicators.stream().map(i -> new Measure(i, sql)).toList(), rest, Set.of());
        }

        /**
         * The sums and counts of one kind's records, as the triggers keep them per city; a figure summed over
         * records that all left it empty is not reported (SUM over them would answer NULL). A branch per
         * kind, so a record written makes the figures of its kind count again, not every kind's.
         */
        static Branch tallied(String kind, Indicator... indicators) {
            String names = Arrays.stream(indicators).map(i -> "'" + i.name() + "'").collect(Collectors.joining(", "));
            return new Branch(EVERY_SCOPE, Dating.YEARLY, "indicator", "part", "year",
                    Arrays.stream(indicators).map(i -> new Measure(i, "IF(SUM(records) > 0 AND SUM(reported) = 0, NULL, SUM(value))")).toList(),
                    "FROM indicator_tally WHERE IN_SCOPE(city_id) AND indicator IN (" + names + ") "
                            + "AND year BETWEEN :from AND :to GROUP BY indicator, year, part WITH ROLLUP", Set.of(kind));
        }

        boolean named() {
            return !indicator.equals("NULL");
        }

        /**
         * The record kinds whose writes change what this branch reads, as {@code record_tally} names them: those
         * of the tables it names, and for the figures kept per kind, that kind.
         */
        Set<String> kinds() {
            return Stream.concat(keptFrom.stream(), TABLE_KINDS.entrySet().stream()
                            .filter(table -> Pattern.compile("\\b" + table.getKey() + "\\b").matcher(rest).find())
                            .flatMap(table -> table.getValue().stream()))
                    .collect(Collectors.toUnmodifiableSet());
        }

        /** The SELECT list: branch, indicator, part, year and the measures. */
        String select(int index) {
            List<String> columns = new ArrayList<>(List.of(index + " AS branch", indicator + " AS indicator",
                    part + " AS part", year + " AS yr"));
            for (int m = 0; m < MEASURES; m++) {
                String sql = named() ? (m == 0 ? measures.get(0).sql() : "NULL")
                        : m < measures.size() ? measures.get(m).sql() : "NULL";
                columns.add(sql + " AS m" + (m + 1));
            }
            return "SELECT " + String.join(", ", columns) + " " + rest;
        }
    }

    /** The kinds whose records name an SME (and, for free filings, an attorney). */
    private static final Set<String> SME_KINDS = Set.of("pledge-financings", "trusteeship-contracts", "vouchers", "free-filings");

    /**
     * The tables the branches read whose rows change with record writes, with the kinds (as
     * {@code record_tally} names them, migration V0022) whose writes change them: the centres (the one record
     * table a branch still reads), and the members of the distinct counts the triggers keep (V0025). The
     * figures they keep per kind ({@code indicator_tally}) are read a kind per branch, which names its kind.
     */
    private static final Map<String, Set<String>> TABLE_KINDS = Map.ofEntries(
            Map.entry("protection_centre", Set.of("protection-centres")),
            Map.entry("indicator_member", SME_KINDS),
            Map.entry("indicator_city_member", SME_KINDS),
            Map.entry("indicator_city_member_count", SME_KINDS),
            Map.entry("indicator_member_counted", SME_KINDS));

    private static Measure measure(Indicator indicator, String sql) {
        return new Measure(indicator, sql);
    }

    private static final List<Branch> BRANCHES = List.of(
            Branch.tallied("navigation-projects", NAVIGATION_PROJECTS, NAVIGATION_SMES_REACHED,
                    NAVIGATION_SMES_REACHED_NOT_REPORTED),
            Branch.tallied("pledge-financings", PLEDGE_FINANCINGS, PLEDGE_AMOUNT),
            Branch.tallied("trusteeship-contracts", TRUSTEESHIP_CONTRACTS, TRUSTEESHIP_PATENTS_MANAGED,
                    TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED),
            Branch.tallied("training-sessions", TRAINING_SESSIONS, TRAINING_ATTENDEES),
            // Redemptions count in the year they happen, whenever the voucher was issued (V0025).
            Branch.tallied("vouchers", VOUCHERS_ISSUED, VOUCHER_VALUE_ISSUED, VOUCHERS_REDEEMED, VOUCHER_VALUE_REDEEMED),
            Branch.tallied("free-filings", FREE_FILINGS),
            // The nation's distinct SME counts: the kept counts and the changes not yet folded into them.
            Branch.named(EnumSet.of(Level.NATION), List.of(PLEDGE_SMES, TRUSTEESHIP_SMES, SMES_SERVED), "members",
                    "FROM indicator_member_counted WHERE year BETWEEN :from AND :to"),
            // The nation's attorneys with free filings, those of agencies serving some city, as for a city below.
            new Branch(EnumSet.of(Level.NATION), Dating.YEARLY, "NULL", "m.year", List.of(
                    measure(ATTORNEYS_WITH_FREE_FILING, "COUNT(*)")),
                    "FROM indicator_member m JOIN patent_attorney pa ON pa.id = CAST(m.member AS UNSIGNED) "
                            + "WHERE m.indicator = 'ATTORNEYS_WITH_FREE_FILING' AND m.part = '' "
                            + "AND m.year BETWEEN :from AND :to AND m.records > 0 "
                            + "AND EXISTS (SELECT 1 FROM agency_city ac WHERE ac.agency_id = pa.agency_id) GROUP BY m.year"),
            // A city's distinct SME counts, kept by the triggers as its members change.
            Branch.named(EnumSet.of(Level.CITY), List.of(PLEDGE_SMES, TRUSTEESHIP_SMES, SMES_SERVED), "members",
                    "FROM indicator_city_member_count WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to"),
            // A province's: its cities' members with records, counted once.
            Branch.named(EnumSet.of(Level.PROVINCE), List.of(PLEDGE_SMES, TRUSTEESHIP_SMES, SMES_SERVED), "COUNT(DISTINCT member)",
                    "FROM indicator_city_member WHERE IN_SCOPE(city_id) AND year BETWEEN :from AND :to AND records > 0 "
                            + "AND indicator IN ('PLEDGE_SMES', 'TRUSTEESHIP_SMES', 'SMES_SERVED') GROUP BY indicator, year, part"),
            // Only attorneys of agencies serving the scope count, so coverage never exceeds 100 %.
            new Branch(CITIES, Dating.YEARLY, "NULL", "m.year", List.of(
                    measure(ATTORNEYS_WITH_FREE_FILING, "COUNT(DISTINCT m.member)")),
                    "FROM indicator_city_member m JOIN patent_attorney pa ON pa.id = CAST(m.member AS UNSIGNED) "
                            + "WHERE IN_SCOPE(m.city_id) AND m.year BETWEEN :from AND :to AND m.records > 0 "
                            + "AND m.indicator = 'ATTORNEYS_WITH_FREE_FILING' AND EXISTS "
                            + "(SELECT 1 FROM agency_city ac WHERE ac.agency_id = pa.agency_id AND IN_SCOPE(ac.city_id)) "
                            + "GROUP BY m.year"),
            new Branch(EVERY_SCOPE, Dating.YEARLY, "NULL", "a.year", List.of(
                    measure(PROTECTION_CASES_ACCEPTED, "SUM(a.cases_accepted)"),
                    measure(PROTECTION_CASES_CLOSED, "SUM(a.cases_closed)"),
                    measure(PROTECTION_DISPUTES_MEDIATED, "SUM(a.disputes_mediated)")),
                    "FROM protection_centre_activity a JOIN protection_centre c ON c.id = a.centre_id "
                            + "WHERE IN_SCOPE(c.city_id) AND a.year BETWEEN :from AND :to GROUP BY a.year"),
            // A centre's status is today's, not kept per year: one operating now and opened by the end of a
            // year is counted as operating in that year.
            new Branch(EVERY_SCOPE, Dating.CUMULATIVE, "NULL", "year", List.of(
                    measure(PROTECTION_CENTRES_OPERATING, "COUNT(*)")),
                    "FROM protection_centre WHERE IN_SCOPE(city_id) AND status = 'OPERATING' AND year <= :to "
                            + "GROUP BY year"),
            new Branch(EVERY_SCOPE, Dating.TIMELESS, "NULL", "NULL", List.of(
                    measure(ATTORNEYS_SERVING, "COUNT(*)")),
                    "FROM patent_attorney pa WHERE EXISTS "
                            + "(SELECT 1 FROM agency_city ac WHERE ac.agency_id = pa.agency_id AND IN_SCOPE(ac.city_id))"),
            new Branch(EVERY_SCOPE, Dating.YEARLY, "NULL", "py.year", List.of(
                    measure(PARKS_BELOW_DENSITY_FLOOR, "COUNT(*)")),
                    "FROM park_year py JOIN park p ON p.id = py.park_id WHERE IN_SCOPE(p.city_id) "
                            + "AND py.year BETWEEN :from AND :to AND py.invention_patents_per_10k < :floor GROUP BY py.year"));

    private final IndicatorScope scope;
    private final int fromYear;
    private final int toYear;
    private final List<Object> parameters = new ArrayList<>();
    private final String sql;

    IndicatorStatement(IndicatorScope scope, int fromYear, int toYear) {
        this(scope, fromYear, toYear, branches(scope.level()));
    }

    /** A statement of some branches only ({@link #branches}): their rows are the same as in the whole statement. */
    IndicatorStatement(IndicatorScope scope, int fromYear, int toYear, List<Integer> branches) {
        if (fromYear > toYear) {
            throw new IllegalArgumentException("years " + fromYear + " to " + toYear);
        }
        this.scope = scope;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.sql = positional(branches.stream()
                .map(i -> "(" + BRANCHES.get(i).select(i) + ")")
                .collect(Collectors.joining("\nUNION ALL\n")));
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
            case "floor" -> PATENT_DENSITY_FLOOR;
            default -> throw new IllegalStateException("unknown parameter :" + name);
        };
    }

    /** The branches that measure a level of scope; a row's first column is its branch. */
    static List<Integer> branches(Level level) {
        return IntStream.range(0, BRANCHES.size()).filter(i -> BRANCHES.get(i).scopes().contains(level)).boxed().toList();
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
            String part = (String) row[2];
            Integer year = row[3] == null ? null : ((Number) row[3]).intValue();
            if (branch.named()) {
                Indicator named = row[1] == null ? null : Indicator.named((String) row[1]).orElse(null);
                if (named != null) {
                    take(branch.dating(), year, partOf(named, part), decimal(row[4]), years);
                }
                continue;
            }
            for (int m = 0; m < branch.measures().size(); m++) {
                take(branch.dating(), year, partOf(branch.measures().get(m).indicator(), part), decimal(row[4 + m]), years);
            }
        }
        Map<Integer, Indicators> figures = new TreeMap<>();
        years.forEach((year, measured) -> figures.put(year, Indicators.measured(year, measured)));
        return figures;
    }

    /** The indicator itself for no part (a ROLLUP total, or '' where it is not broken down), else its part; null if unknown. */
    private static Indicator partOf(Indicator measured, String part) {
        return part == null || part.isEmpty() ? measured : Indicator.partOf(measured, part).orElse(null);
    }

    private static void take(Dating dating, Integer rowYear, Indicator indicator, BigDecimal figure,
                             Map<Integer, Map<Indicator, BigDecimal>> years) {
        if (indicator == null) {
            return;
        }
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
