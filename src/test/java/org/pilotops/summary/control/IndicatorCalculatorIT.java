package org.pilotops.summary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotops.platform.persistence.Database;
import org.pilotops.records.boundary.RecordTallies;
import org.pilotops.summary.entity.Indicator;
import org.pilotops.testing.ArquillianDatabase;
import org.pilotops.testing.InContainerDeployment;

/**
 * {@link IndicatorCalculator} on MariaDB, inside Payara Micro: hand-made records in a province and two
 * cities of their own, so every figure is known and no demo record counts. City A has records of 2018
 * and 2019 of every kind; city B, in the same province, shares an SME with A and has an attorney whose
 * agency serves only B, so the province's distinct counts and attorney coverage are tested too.
 */
@ExtendWith(ArquillianDatabase.class)
@ExtendWith(ArquillianExtension.class)
class IndicatorCalculatorIT {

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.packagedWarWith(IndicatorCalculatorIT.class);
    }

    @Inject
    IndicatorCalculator calculator;

    @Inject
    RecordTallies tallies;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    int province;
    long cityA;
    long cityB;
    long agencyA;
    long agencyB;
    long[] attorneysA;
    long attorneyB;
    String run;

    /** An SME's credit code of this run: 18 characters, distinct per run and per number. */
    String sme(int number) {
        return "91" + run + String.format("%09d", number) + "X";
    }

    @BeforeEach
    void aProvinceOfItsOwn() throws SQLException {
        run = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        province = 900_000 + ThreadLocalRandom.current().nextInt(90_000);
        insert("province", row("id", province, "name_zh", "指标测试省", "name_en", "Indicator Test Province", "kind", "PROVINCE"));
        cityA = insert("pilot_city", city("指标测试甲市"));
        cityB = insert("pilot_city", city("指标测试乙市"));
        agencyA = insert("service_agency", row("name", "甲市代理机构", "credit_code", "92" + run + "0000000001", "kind", "PATENT_AGENCY"));
        agencyB = insert("service_agency", row("name", "乙市代理机构", "credit_code", "92" + run + "0000000002", "kind", "PATENT_AGENCY"));
        execute("INSERT INTO agency_city (agency_id, city_id) VALUES (" + agencyA + ", " + cityA + "), (" + agencyB + ", " + cityB + ")");
        attorneysA = new long[] {attorney(agencyA, 1), attorney(agencyA, 2), attorney(agencyA, 3)};
        attorneyB = attorney(agencyB, 4);

        navigation(cityA, "2019-01-10", "INDUSTRY_PLANNING", 10);
        navigation(cityA, "2019-02-10", "ENTERPRISE_OPERATION", 5);
        navigation(cityA, "2019-03-10", "ENTERPRISE_OPERATION", null);
        navigation(cityA, "2018-03-10", "INDUSTRY_PLANNING", null);

        pledge(cityA, "2019-01-15", "BANK", "1000000.00", sme(1));
        pledge(cityA, "2019-02-15", "BANK", "500000.50", sme(1));
        pledge(cityA, "2019-03-15", "INSURER", "200000.00", sme(2));
        pledge(cityA, "2018-03-15", "GUARANTOR", "300000.00", sme(3));
        pledge(cityB, "2019-03-15", "BANK", "100.00", sme(1));

        trusteeship(cityA, "2019-01-20", sme(2), 12);
        trusteeship(cityA, "2019-04-20", sme(4), null);

        long c1 = centre(cityA, "2018-06-01", "OPERATING");
        long c2 = centre(cityA, "2019-03-01", "OPERATING");
        centre(cityA, "2020-01-01", "PLANNED");
        execute("INSERT INTO protection_centre_activity (centre_id, year, cases_accepted, cases_closed, disputes_mediated) VALUES "
                + "(" + c1 + ", 2018, 5, 4, 3), (" + c1 + ", 2019, 8, 6, 2), (" + c2 + ", 2019, 2, 1, 0)");

        training(cityA, "2019-01-05", "MANAGERS", 30);
        training(cityA, "2019-02-05", "MANAGERS", 20);
        training(cityA, "2019-03-05", "PRACTITIONERS", 15);

        voucher(cityA, "V1", "INNOVATION", "2018-11-01", "1000.00", sme(5), "2019-02-01");
        voucher(cityA, "V2", "INNOVATION", "2019-03-01", "2000.00", sme(1), "2019-04-01");
        voucher(cityA, "V3", "PATENT_SERVICE", "2019-05-01", "500.00", sme(6), null);

        filing(cityA, attorneysA[0], agencyA, sme(7), "201910000001.1", "INVENTION", "2019-06-01");
        filing(cityA, attorneysA[0], agencyA, sme(7), "201920000002.2", "UTILITY_MODEL", "2019-06-02");
        filing(cityA, attorneysA[1], agencyA, sme(2), "201930000003.3", "DESIGN", "2019-06-03");
        // An attorney of an agency that does not serve city A files there: a filing, but no coverage of A.
        filing(cityA, attorneyB, agencyB, sme(8), "201910000004.4", "INVENTION", "2019-06-04");
        filing(cityB, attorneyB, agencyB, sme(9), "201910000005.5", "INVENTION", "2019-06-05");

        long p1 = insert("park", row("city_id", cityA, "name_zh", "甲市一园"));
        long p2 = insert("park", row("city_id", cityA, "name_zh", "甲市二园"));
        parkYear(p1, 2019, "40.00");
        parkYear(p2, 2019, "60.00");
        parkYear(p1, 2018, "50.00");
    }

    @Test
    void aCitysFiguresAreExactlyWhatItsRecordsSay() {
        Indicators y2019 = calculator.indicators(IndicatorScope.city(cityA), 2019);
        Map<Indicator, String> expected = new LinkedHashMap<>();
        expected.put(Indicator.NAVIGATION_PROJECTS, "3");
        expected.put(Indicator.NAVIGATION_PROJECTS_INDUSTRY_PLANNING, "1");
        expected.put(Indicator.NAVIGATION_PROJECTS_ENTERPRISE_OPERATION, "2");
        expected.put(Indicator.NAVIGATION_SMES_REACHED, "15");
        expected.put(Indicator.NAVIGATION_SMES_REACHED_NOT_REPORTED, "1");
        expected.put(Indicator.PLEDGE_FINANCINGS, "3");
        expected.put(Indicator.PLEDGE_FINANCINGS_BANK, "2");
        expected.put(Indicator.PLEDGE_FINANCINGS_INSURER, "1");
        expected.put(Indicator.PLEDGE_FINANCINGS_GUARANTOR, "0");
        expected.put(Indicator.PLEDGE_AMOUNT, "1700000.50");
        expected.put(Indicator.PLEDGE_AMOUNT_BANK, "1500000.50");
        expected.put(Indicator.PLEDGE_SMES, "2");
        expected.put(Indicator.PLEDGE_SMES_BANK, "1");
        expected.put(Indicator.PROTECTION_CENTRES_OPERATING, "2");
        expected.put(Indicator.PROTECTION_CASES_ACCEPTED, "10");
        expected.put(Indicator.PROTECTION_CASES_CLOSED, "7");
        expected.put(Indicator.PROTECTION_DISPUTES_MEDIATED, "2");
        expected.put(Indicator.TRUSTEESHIP_CONTRACTS, "2");
        expected.put(Indicator.TRUSTEESHIP_SMES, "2");
        expected.put(Indicator.TRUSTEESHIP_PATENTS_MANAGED, "12");
        expected.put(Indicator.TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED, "1");
        expected.put(Indicator.VOUCHERS_ISSUED, "2");
        expected.put(Indicator.VOUCHERS_ISSUED_INNOVATION, "1");
        expected.put(Indicator.VOUCHERS_ISSUED_PATENT_SERVICE, "1");
        expected.put(Indicator.VOUCHER_VALUE_ISSUED, "2500.00");
        expected.put(Indicator.VOUCHERS_REDEEMED, "2");
        expected.put(Indicator.VOUCHERS_REDEEMED_INNOVATION, "2");
        expected.put(Indicator.VOUCHERS_REDEEMED_PATENT_SERVICE, "0");
        expected.put(Indicator.VOUCHER_VALUE_REDEEMED, "3000.00");
        expected.put(Indicator.FREE_FILINGS, "4");
        expected.put(Indicator.FREE_FILINGS_INVENTION, "2");
        expected.put(Indicator.FREE_FILINGS_UTILITY_MODEL, "1");
        expected.put(Indicator.FREE_FILINGS_DESIGN, "1");
        expected.put(Indicator.ATTORNEYS_SERVING, "3");
        expected.put(Indicator.ATTORNEYS_WITH_FREE_FILING, "2");
        expected.put(Indicator.ATTORNEY_COVERAGE, "0.6667");
        expected.put(Indicator.TRAINING_SESSIONS, "3");
        expected.put(Indicator.TRAINING_SESSIONS_MANAGERS, "2");
        expected.put(Indicator.TRAINING_SESSIONS_TECHNICAL_STAFF, "0");
        expected.put(Indicator.TRAINING_ATTENDEES, "65");
        expected.put(Indicator.TRAINING_ATTENDEES_MANAGERS, "50");
        expected.put(Indicator.SMES_SERVED, "6");
        expected.put(Indicator.PARKS_BELOW_DENSITY_FLOOR, "1");
        assertFigures(expected, y2019);
    }

    @Test
    void theYearBeforeHasItsOwnFiguresAndWhatNobodyReportedIsNotReported() {
        Indicators y2018 = calculator.indicators(IndicatorScope.city(cityA), 2018);
        Map<Indicator, String> expected = new LinkedHashMap<>();
        expected.put(Indicator.NAVIGATION_PROJECTS, "1");
        expected.put(Indicator.NAVIGATION_SMES_REACHED_NOT_REPORTED, "1");
        expected.put(Indicator.PLEDGE_FINANCINGS_GUARANTOR, "1");
        expected.put(Indicator.PLEDGE_AMOUNT, "300000.00");
        expected.put(Indicator.PROTECTION_CENTRES_OPERATING, "1");
        expected.put(Indicator.PROTECTION_CASES_ACCEPTED, "5");
        expected.put(Indicator.PROTECTION_DISPUTES_MEDIATED, "3");
        expected.put(Indicator.TRUSTEESHIP_CONTRACTS, "0");
        expected.put(Indicator.VOUCHERS_ISSUED, "1");
        expected.put(Indicator.VOUCHERS_REDEEMED, "0");
        expected.put(Indicator.ATTORNEY_COVERAGE, "0.0000");
        expected.put(Indicator.SMES_SERVED, "2");
        expected.put(Indicator.PARKS_BELOW_DENSITY_FLOOR, "0");
        assertFigures(expected, y2018);
        assertNull(y2018.figure(Indicator.NAVIGATION_SMES_REACHED), "the only project of 2018 did not say");
    }

    @Test
    void aProvinceCountsItsCitiesTogetherAndSharedSmesAndAttorneysOnce() {
        Indicators y2019 = calculator.indicators(IndicatorScope.province(province), 2019);
        Map<Indicator, String> expected = new LinkedHashMap<>();
        expected.put(Indicator.PLEDGE_FINANCINGS, "4");
        expected.put(Indicator.PLEDGE_AMOUNT, "1700100.50");
        expected.put(Indicator.PLEDGE_SMES, "2");
        expected.put(Indicator.FREE_FILINGS, "5");
        expected.put(Indicator.ATTORNEYS_SERVING, "4");
        expected.put(Indicator.ATTORNEYS_WITH_FREE_FILING, "3");
        expected.put(Indicator.ATTORNEY_COVERAGE, "0.7500");
        expected.put(Indicator.SMES_SERVED, "7");
        expected.put(Indicator.NAVIGATION_PROJECTS, "3");
        assertFigures(expected, y2019);
        assertEquals(new BigDecimal("1"), calculator.indicators(IndicatorScope.city(cityB), 2019).figure(Indicator.PLEDGE_FINANCINGS));
    }

    @Test
    void theNationGrowsByExactlyWhatACityAdds() throws SQLException {
        Indicators before = calculator.indicators(IndicatorScope.nation(), 2019);
        pledge(cityB, "2019-07-01", "CROWDFUNDING", "250.25", sme(10));
        training(cityB, "2019-07-02", "TECHNICAL_STAFF", 40);
        Indicators after = calculator.indicators(IndicatorScope.nation(), 2019);
        assertEquals(before.figure(Indicator.PLEDGE_FINANCINGS).add(BigDecimal.ONE), after.figure(Indicator.PLEDGE_FINANCINGS));
        assertEquals(before.figure(Indicator.PLEDGE_AMOUNT_CROWDFUNDING).add(new BigDecimal("250.25")),
                after.figure(Indicator.PLEDGE_AMOUNT_CROWDFUNDING));
        assertEquals(before.figure(Indicator.SMES_SERVED).add(BigDecimal.ONE), after.figure(Indicator.SMES_SERVED));
        assertEquals(before.figure(Indicator.TRAINING_ATTENDEES_TECHNICAL_STAFF).add(new BigDecimal("40")),
                after.figure(Indicator.TRAINING_ATTENDEES_TECHNICAL_STAFF));
    }

    /**
     * The nation's distinct counts come from the members the triggers keep and their counts (migration
     * V0025), not from the records: they must be what the records say, counted once across cities — after a
     * record that names an SME of another city, after the deletion of an SME's last record, and after the
     * changes were folded into the counts (which moves no figure).
     */
    @Test
    void theNationsDistinctCountsAreWhatEveryRecordSaysBeforeAndAfterTheFold() throws SQLException {
        assertNationCountsItsRecords();
        pledge(cityB, "2019-08-01", "BANK", "10.00", sme(1));
        trusteeship(cityB, "2019-08-02", sme(20), 2);
        assertNationCountsItsRecords();
        execute("DELETE FROM trusteeship_contract WHERE sme_credit_code = '" + sme(20) + "'");
        assertNationCountsItsRecords();
        while (tallies.foldMemberChanges() > 0) {
            // until every change is in the counts
        }
        assertEquals(0, count("SELECT COUNT(*) FROM indicator_member_change"));
        // The fold moves no figure, so nothing tells the calculator to read again: make it, to read the folded counts.
        execute("UPDATE data_revision SET revision = revision + 1 WHERE id = 1");
        assertNationCountsItsRecords();
    }

    /**
     * Every correction of what the indicators read, by SQL as by any path, moves the kept figures and
     * members with it (the triggers' update and delete paths, kind by kind): a redemption moved to another
     * year or taken back, another attorney, a sum no longer reported, another audience, another lender and
     * SME, a record moved to another city, deletions. Compared row by row with the recount views.
     */
    @Test
    void correctionsAndDeletionsOfEveryKindKeepTheKeptFiguresWhatTheRecordsSay() throws SQLException {
        execute("UPDATE navigation_project SET smes_reached = NULL, type = 'ENTERPRISE_OPERATION' WHERE city_id = " + cityA);
        execute("UPDATE pledge_financing SET lender_type = 'OTHER', sme_credit_code = '" + sme(30) + "', year = 2020 "
                + "WHERE city_id = " + cityA + " AND lender_type = 'BANK'");
        execute("UPDATE pledge_financing SET city_id = " + cityB + " WHERE city_id = " + cityA + " AND lender_type = 'INSURER'");
        execute("UPDATE trusteeship_contract SET patents_managed = NULL WHERE city_id = " + cityA);
        execute("UPDATE training_session SET audience = 'PRACTITIONERS', attendees = attendees + 5 WHERE city_id = " + cityA);
        execute("UPDATE voucher SET redeemed_date = '2020-03-01' WHERE city_id = " + cityA + " AND redeemed_date IS NOT NULL");
        execute("UPDATE voucher SET redeemed_date = '2019-09-01', redeemed_agency_id = " + agencyA + " WHERE city_id = " + cityA
                + " AND redeemed_date IS NULL");
        execute("UPDATE free_filing SET attorney_id = " + attorneysA[2] + " WHERE city_id = " + cityA + " AND attorney_id = "
                + attorneysA[0]);
        execute("DELETE FROM free_filing WHERE city_id = " + cityB);
        execute("DELETE FROM trusteeship_contract WHERE city_id = " + cityA + " AND patents_managed IS NULL LIMIT 1");
        String cities = "city_id IN (" + cityA + ", " + cityB + ")";
        assertSameRows("city_id, indicator, part, year, records, reported, value", "indicator_tally", "indicator_tally_recount",
                cities);
        assertSameRows("city_id, indicator, part, year, member, records", "indicator_city_member",
                "indicator_city_member_recount", cities);
        String members = "(member LIKE '91" + run + "%' OR member IN ('" + attorneysA[0] + "', '" + attorneysA[1] + "', '"
                + attorneysA[2] + "', '" + attorneyB + "'))";
        assertSameRows("indicator, part, year, member, records", "indicator_member", "indicator_member_recount", members);
        assertSameRows("city_id, indicator, part, year, members", "indicator_city_member_count",
                "indicator_city_member_count_recount", cities);
        assertSameRows("indicator, part, year, members", "indicator_member_counted", "indicator_member_count_recount", "TRUE");
        assertNationCountsItsRecords();
    }

    /** The kept rows (those of 0 records are none) and the recounted rows where {@code condition} are the same. */
    private void assertSameRows(String columns, String kept, String recount, String condition) throws SQLException {
        String zero = columns.endsWith("members") ? "members <> 0" : "records <> 0";
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT " + columns + " FROM (SELECT " + columns + " FROM " + kept
                + " WHERE " + condition + " AND " + zero + " UNION ALL SELECT " + columns + " FROM " + recount + " WHERE "
                + condition + ") x GROUP BY " + columns + " HAVING COUNT(*) <> 2) differing"), kept + " as " + recount);
        assertTrue(count("SELECT COUNT(*) FROM " + recount + " WHERE " + condition) > 0, recount + " has rows to compare");
    }

    private void assertNationCountsItsRecords() throws SQLException {
        Indicators nation = calculator.indicators(IndicatorScope.nation(), 2019);
        String smes = "SELECT sme_credit_code AS code FROM %s WHERE year = 2019";
        assertEquals(count("SELECT COUNT(DISTINCT code) FROM (" + String.join(" UNION ALL ", smes.formatted("pledge_financing"),
                        smes.formatted("trusteeship_contract"), smes.formatted("voucher"), smes.formatted("free_filing")) + ") s"),
                nation.figure(Indicator.SMES_SERVED).longValueExact(), "SMEs served");
        assertEquals(count("SELECT COUNT(DISTINCT sme_credit_code) FROM pledge_financing WHERE year = 2019"),
                nation.figure(Indicator.PLEDGE_SMES).longValueExact(), "pledge SMEs");
        assertEquals(count("SELECT COUNT(DISTINCT sme_credit_code) FROM pledge_financing WHERE year = 2019 AND lender_type = 'BANK'"),
                nation.figure(Indicator.PLEDGE_SMES_BANK).longValueExact(), "pledge SMEs of banks");
        assertEquals(count("SELECT COUNT(DISTINCT sme_credit_code) FROM trusteeship_contract WHERE year = 2019"),
                nation.figure(Indicator.TRUSTEESHIP_SMES).longValueExact(), "trusteeship SMEs");
        assertEquals(count("SELECT COUNT(DISTINCT f.attorney_id) FROM free_filing f JOIN patent_attorney pa ON pa.id = f.attorney_id "
                        + "WHERE f.year = 2019 AND EXISTS (SELECT 1 FROM agency_city ac WHERE ac.agency_id = pa.agency_id)"),
                nation.figure(Indicator.ATTORNEYS_WITH_FREE_FILING).longValueExact(), "attorneys with free filings");
        assertEquals(count("SELECT COUNT(*) FROM voucher WHERE YEAR(redeemed_date) = 2019"),
                nation.figure(Indicator.VOUCHERS_REDEEMED).longValueExact(), "vouchers redeemed in the year");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theTableComparesTheYearWithTheLastAndWithItsTargets() {
        IndicatorTable table = calculator.table(IndicatorScope.city(cityA), 2019,
                Map.of(Indicator.PLEDGE_AMOUNT, new BigDecimal("2000000"), Indicator.FREE_FILINGS, new BigDecimal("3")));
        IndicatorLine amount = table.line(Indicator.PLEDGE_AMOUNT);
        assertEquals(new BigDecimal("300000.00"), amount.previous());
        assertEquals(new BigDecimal("1400000.50"), amount.change());
        assertEquals(Boolean.FALSE, amount.targetMet());
        assertEquals(new BigDecimal("0.8500"), amount.attainment());
        assertEquals(Boolean.TRUE, table.line(Indicator.FREE_FILINGS).targetMet());
        assertNull(table.line(Indicator.NAVIGATION_SMES_REACHED).change(), "no change from a figure nobody reported");
        assertEquals(table, IndicatorTable.fromJson(table.toJson()), "what is frozen reads back the same");

        assertNull(calculator.table(IndicatorScope.city(cityA), 2017, Map.of()).previous(), "2017 is the first pilot year");
    }

    private static void assertFigures(Map<Indicator, String> expected, Indicators actual) {
        List<String> wrong = new ArrayList<>();
        expected.forEach((indicator, figure) -> {
            if (!new BigDecimal(figure).equals(actual.figure(indicator))) {
                wrong.add(indicator + " expected " + figure + " but was " + actual.figure(indicator));
            }
        });
        assertEquals(List.of(), wrong);
    }

    // Records are written in SQL, as an import or another node would, so the test depends on no service.

    private Map<String, Object> city(String name) {
        return row("division_code", String.valueOf(900_000 + ThreadLocalRandom.current().nextInt(99_999)), "name_zh", name,
                "name_en", "Indicator Test City", "province_id", province, "level", "PREFECTURE", "demo", true);
    }

    private long attorney(long agency, int number) throws SQLException {
        return insert("patent_attorney", row("agency_id", agency, "name", "代理人" + number, "licence_number", "IT" + run + number));
    }

    private static Map<String, Object> logged(long city, String mainDate, Object... more) {
        Map<String, Object> row = row("city_id", city, "year", LocalDate.parse(mainDate).getYear(), "source", "CITY",
                "created_by", "it-indicators", "created_at", Timestamp.from(Instant.now()),
                "updated_by", "it-indicators", "updated_at", Timestamp.from(Instant.now()));
        row.putAll(row(more));
        return row;
    }

    private void navigation(long city, String start, String type, Integer smesReached) throws SQLException {
        insert("navigation_project", logged(city, start, "title", "导航", "type", type, "industry", "装备制造",
                "lead_organisation", "市知识产权局", "start_date", start, "budget", new BigDecimal("100000.00"),
                "status", "ONGOING", "smes_reached", smesReached));
    }

    private void pledge(long city, String date, String lender, String amount, String sme) throws SQLException {
        insert("pledge_financing", logged(city, date, "sme_name", "企业", "sme_credit_code", sme, "lender_type", lender,
                "lender_name", "贷款方", "amount", new BigDecimal(amount), "patents_pledged", 1, "contract_date", date,
                "term_months", 12));
    }

    private void trusteeship(long city, String start, String sme, Integer patents) throws SQLException {
        insert("trusteeship_contract", logged(city, start, "service_agency_id", agencyA, "sme_name", "企业",
                "sme_credit_code", sme, "start_date", start, "fee", new BigDecimal("5000.00"), "patents_managed", patents));
    }

    private long centre(long city, String opening, String status) throws SQLException {
        return insert("protection_centre", logged(city, opening, "name", "维权中心" + opening, "kind", "RAPID_RIGHTS_PROTECTION",
                "status", status, "opening_date", opening));
    }

    private void training(long city, String date, String audience, int attendees) throws SQLException {
        insert("training_session", logged(city, date, "title", "培训", "audience", audience, "session_date", date,
                "hours", new BigDecimal("3.0"), "attendees", attendees, "organiser", "市知识产权局"));
    }

    private void voucher(long city, String number, String kind, String issued, String value, String sme, String redeemed)
            throws SQLException {
        insert("voucher", logged(city, issued, "kind", kind, "voucher_number", number, "sme_name", "企业",
                "sme_credit_code", sme, "face_value", new BigDecimal(value), "issued_date", issued, "redeemed_date", redeemed,
                "redeemed_agency_id", redeemed == null ? null : agencyA, "service", "FILING"));
    }

    private void filing(long city, long attorney, long agency, String sme, String number, String type, String date)
            throws SQLException {
        insert("free_filing", logged(city, date, "attorney_id", attorney, "service_agency_id", agency, "sme_name", "企业",
                "sme_credit_code", sme, "application_number", number, "patent_type", type, "filing_date", date));
    }

    private void parkYear(long park, int year, String density) throws SQLException {
        insert("park_year", row("park_id", park, "year", year, "invention_patents_per_10k", new BigDecimal(density),
                "has_ip_department", true, "full_time_ip_staff", 1));
    }

    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    private long insert(String table, Map<String, Object> row) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", row.keySet().stream().map(c -> "?").toList()) + ")";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            for (Object value : row.values()) {
                if (value == null) {
                    s.setNull(i++, Types.NULL);
                } else {
                    s.setObject(i++, value);
                }
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
