package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotops.bench.SampleRecords;
import org.pilotops.launch.DemoData;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.TestEnvironment;

/**
 * The live aggregates (issue 11 §2) against the running portal on MariaDB: every way a record is written
 * moves the tally of its (city, kind, year), concurrent writers from many threads leave no difference for
 * the consistency check to find, and a difference made behind the product's back is found and rebuilt.
 */
class RecordTalliesApiIT {

    private static final String NAVIGATION = "navigation-projects";
    private static final String TRAINING = "training-sessions";
    private static final String PLEDGE = "pledge-financings";

    long city;
    Api reporter;

    /** A city per test, so one test's writes never count in another's figures. */
    @BeforeEach
    void aCityOfItsOwn() {
        city = Fixtures.city(Fixtures.someProvince(), "汇总测试市");
        reporter = Fixtures.reporter(city, false).api();
    }

    @Test
    void everyWriteMovesTheTallyOfItsYear() {
        JsonObject created = created(NAVIGATION, navigation("2018-03-01", "100.00"));
        assertTally(NAVIGATION, 2018, 1, "100.00");

        long id = created.getJsonNumber("id").longValue();
        JsonObject moved = ok(reporter.put(path(NAVIGATION) + "/" + id,
                RecordSamples.withVersion(navigation("2019-02-01", "150.50"), created.getJsonNumber("version").longValue())));
        assertTally(NAVIGATION, 2018, 0, "0.00");
        assertTally(NAVIGATION, 2019, 1, "150.50");

        ok(reporter.put(path(NAVIGATION) + "/" + id, RecordSamples.withVersion(navigation("2019-02-01", "150.50")
                .replace("\"title\": \"", "\"title\": \"改名 "), moved.getJsonNumber("version").longValue())));
        assertTally(NAVIGATION, 2019, 1, "150.50");

        String csv = "title,type,industry,leadOrganisation,startDate,budget,status\n"
                + "导入一,INDUSTRY_PLANNING,新材料,科技局,2019-05-01,10.00,PLANNED\n"
                + "导入二,INDUSTRY_PLANNING,新材料,科技局,2019-06-01,20.00,PLANNED\n"
                + "导入三,ENTERPRISE_OPERATION,新材料,科技局,2020-01-01,30.00,ONGOING\n";
        Api.Answer imported = reporter.send(reporter.request(path(NAVIGATION) + "/import?dryRun=false")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
        assertEquals(201, imported.status(), imported::toString);
        assertTally(NAVIGATION, 2019, 3, "180.50");
        assertTally(NAVIGATION, 2020, 1, "30.00");

        Api.Answer deleted = reporter.delete(path(NAVIGATION) + "/" + id);
        assertEquals(204, deleted.status(), deleted::toString);
        assertTally(NAVIGATION, 2019, 2, "30.00");

        created(TRAINING, training("2017-09-09"));
        assertEquals(1, Fixtures.count(tallySql("records", TRAINING, 2017)));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM record_tally WHERE city_id = " + city
                + " AND kind = '" + TRAINING + "' AND year = 2017 AND amount IS NULL"), "a kind without an amount sums none");
        assertConsistent();
    }

    /**
     * Eight writers create, correct (moving records between years and changing amounts), delete and
     * import in the same city at once, many of them on the same tally rows, and pledge financings of the
     * same four SMEs (the same indicator figures and national members); refusals for stale versions
     * are expected and retried by nobody, anything else is a failure. Afterwards the check finds nothing
     * and the city's tallies are exactly its records counted.
     */
    @Test
    void concurrentWritesLeaveNoDifference() throws Exception {
        Map<Long, Long> versions = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        // Signed in once before the writers start, as a client would: eight first logins at once queue for the
        // password check (HashCheckGate) and may be told the server is busy, which is not what this tests.
        ok(reporter.get(path(NAVIGATION)));
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            done.add(writers.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int op = 0; op < 30; op++) {
                    int choice = random.nextInt(10);
                    Long id = versions.keySet().stream().skip(versions.isEmpty() ? 0 : random.nextInt(versions.size()))
                            .findFirst().orElse(null);
                    Api.Answer answer;
                    if (choice < 4 || id == null) {
                        answer = reporter.post(path(NAVIGATION), navigation(randomDate(random), randomAmount(random)));
                        if (answer.status() == 201) {
                            JsonObject r = answer.json();
                            versions.put(r.getJsonNumber("id").longValue(), r.getJsonNumber("version").longValue());
                        }
                    } else if (choice < 7) {
                        Long version = versions.get(id);
                        answer = version == null ? null : reporter.put(path(NAVIGATION) + "/" + id,
                                RecordSamples.withVersion(navigation(randomDate(random), randomAmount(random)), version));
                        if (answer != null && answer.status() == 200) {
                            versions.computeIfPresent(id, (k, v) -> answer.json().getJsonNumber("version").longValue());
                        }
                    } else if (choice < 9) {
                        answer = reporter.delete(path(NAVIGATION) + "/" + id);
                        if (answer.status() == 204) {
                            versions.remove(id);
                        }
                    } else {
                        String csv = "title,type,industry,leadOrganisation,startDate,budget,status\n"
                                + ("并发导入,INDUSTRY_PLANNING,新材料,科技局,%s,%s,PLANNED\n".formatted(randomDate(random),
                                randomAmount(random))).repeat(5);
                        answer = reporter.send(reporter.request(path(NAVIGATION) + "/import?dryRun=false")
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
                        Api.Answer training = reporter.post(path(TRAINING), training(randomDate(random)));
                        if (training.status() != 201) {
                            failures.add(training.toString());
                        }
                    }
                    pledges(random, failures);
                    // 404: deleted by another writer first; 409: a stale version. Both are the product's answers.
                    if (answer != null && answer.status() >= 300 && answer.status() != 404 && answer.status() != 409) {
                        failures.add(answer.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(10, TimeUnit.MINUTES);
        }
        writers.shutdown();
        assertTrue(failures.isEmpty(), () -> "writes failed: " + failures);

        assertConsistent();
        for (int year = 2017; year <= 2020; year++) {
            assertEquals(Fixtures.count("SELECT COUNT(*) FROM navigation_project WHERE city_id = " + city + " AND year = " + year),
                    Fixtures.count("SELECT COALESCE(SUM(records), 0) FROM record_tally WHERE city_id = " + city
                            + " AND kind = '" + NAVIGATION + "' AND year = " + year), "navigation projects of " + year);
            assertListTotal("?year=" + year, "year = " + year);
        }
        // A list without filters takes its total from the tallies, a filtered one counts: both are the records.
        assertListTotal("", "TRUE");
        assertListTotal("?status=PLANNED", "status = 'PLANNED'");
        assertListTotal("?year=2019&status=PLANNED", "year = 2019 AND status = 'PLANNED'");
    }

    /** Four SMEs, so writers of different threads name the same ones at once (the national members' rows). */
    private static final List<String> SMES = IntStream.range(0, 4)
            .mapToObj(i -> SampleRecords.creditCode("350200", new Random(i))).toList();

    private final ConcurrentLinkedQueue<Long> pledges = new ConcurrentLinkedQueue<>();

    /**
     * Now and then a pledge financing of one of four SMEs: logged, corrected to another SME, lender and year
     * (which moves its figures and members), or deleted — the indicators' kept figures and members.
     */
    private void pledges(ThreadLocalRandom random, ConcurrentLinkedQueue<String> failures) {
        int choice = random.nextInt(6);
        if (choice < 2) {
            Api.Answer answer = reporter.post(path(PLEDGE), pledge(random));
            if (answer.status() != 201) {
                failures.add(answer.toString());
                return;
            }
            long id = answer.json().getJsonNumber("id").longValue();
            Api.Answer corrected = reporter.put(path(PLEDGE) + "/" + id,
                    RecordSamples.withVersion(pledge(random), answer.json().getJsonNumber("version").longValue()));
            if (corrected.status() != 200) {
                failures.add(corrected.toString());
            }
            pledges.add(id);
        } else if (choice == 2) {
            Long id = pledges.poll();
            Api.Answer answer = id == null ? null : reporter.delete(path(PLEDGE) + "/" + id);
            if (answer != null && answer.status() != 204) {
                failures.add(answer.toString());
            }
        }
    }

    private static String pledge(ThreadLocalRandom random) {
        return """
                {"smeName": "汇总测试企业", "smeCreditCode": "%s", "lenderType": "%s", "lenderName": "汇总测试银行",
                 "amount": "%s", "patentsPledged": 2, "contractDate": "%s", "termMonths": 12}"""
                .formatted(SMES.get(random.nextInt(SMES.size())), random.nextBoolean() ? "BANK" : "INSURER",
                        randomAmount(random), randomDate(random));
    }

    private void assertListTotal(String query, String condition) {
        long total = ok(reporter.get(path(NAVIGATION) + query)).getJsonNumber("total").longValue();
        assertEquals(Fixtures.count("SELECT COUNT(*) FROM navigation_project WHERE city_id = " + city + " AND " + condition),
                total, () -> "the total of the list " + query);
    }

    @Test
    void aDifferenceIsFoundNamedAndRebuilt() throws Exception {
        created(NAVIGATION, navigation("2020-04-01", "42.00"));
        Fixtures.execute("UPDATE record_tally SET records = records + 5 WHERE city_id = " + city
                + " AND kind = '" + NAVIGATION + "' AND year = 2020");
        Fixtures.execute("UPDATE indicator_tally SET value = value + 2 WHERE city_id = " + city
                + " AND indicator = 'NAVIGATION_SMES_REACHED' AND part = 'INDUSTRY_PLANNING' AND year = 2020");
        String nobody = SampleRecords.creditCode("350200", new Random(city));
        Fixtures.execute("INSERT INTO indicator_member (indicator, part, year, member, records) "
                + "VALUES ('SMES_SERVED', '', 2020, '" + nobody + "', 1)");

        assertEquals(403, reporter.get("/api/v1/record-tallies/check").status());
        assertEquals(403, reporter.post("/api/v1/record-tallies/rebuild", "").status());

        JsonObject check = ok(Fixtures.ADMIN.get("/api/v1/record-tallies/check"));
        assertFalse(check.getBoolean("consistent"), check::toString);
        JsonObject difference = check.getJsonArray("differences").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("cityId").longValue() == city && d.getInt("year") == 2020)
                .findFirst().orElseThrow(() -> new AssertionError("not named: " + check));
        assertEquals(NAVIGATION, difference.getString("kind"));
        long counted = difference.getJsonObject("counted").getJsonNumber("records").longValue();
        assertEquals(counted + 5, difference.getJsonObject("stored").getJsonNumber("records").longValue());
        JsonObject figure = difference(check, "NAVIGATION_SMES_REACHED/INDUSTRY_PLANNING");
        assertEquals(city, figure.getJsonNumber("cityId").longValue());
        assertEquals(2, figure.getJsonObject("stored").getJsonNumber("amount").bigDecimalValue()
                .subtract(figure.getJsonObject("counted").getJsonNumber("amount").bigDecimalValue()).intValueExact());
        JsonObject member = difference(check, "SMES_SERVED/" + nobody);
        assertFalse(member.containsKey("cityId"), "a national member: " + member);
        assertEquals(0, member.getJsonObject("counted").getInt("records"));

        assertEquals(1, checkTallies(), "ops/check-tallies finds it too");

        JsonObject rebuilt = ok(Fixtures.ADMIN.post("/api/v1/record-tallies/rebuild", ""));
        assertTrue(rebuilt.getBoolean("consistent"), rebuilt::toString);
        assertEquals(0, checkTallies(), "and finds nothing after the rebuild");
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'record-tallies' "
                + "AND actor = 'admin' AND before_state LIKE '%\"differences\":3%'"));
    }

    private static JsonObject difference(JsonObject check, String figure) {
        return check.getJsonArray("differences").getValuesAs(JsonObject.class).stream()
                .filter(d -> figure.equals(d.getString("figure", null))).findFirst()
                .orElseThrow(() -> new AssertionError(figure + " not named: " + check));
    }

    /** Runs the operator's command against the portal under test, the password on standard input; its exit code. */
    private static int checkTallies(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ops/check-tallies"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PILOTOPS_URL", TestEnvironment.portal().toString());
        builder.environment().put("PILOTOPS_ADMIN_USER", "admin");
        builder.environment().remove("PILOTOPS_ADMIN_PASSWORD");
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write((DemoData.DEMO_PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "ops/check-tallies did not end");
        assertTrue(output.contains("check-tallies:"), output);
        return process.exitValue();
    }

    private static void assertConsistent() {
        JsonObject check = ok(Fixtures.ADMIN.get("/api/v1/record-tallies/check"));
        assertTrue(check.getBoolean("consistent"), check::toString);
        assertTrue(check.getJsonNumber("tallies").longValue() > 0, check::toString);
    }

    private void assertTally(String kind, int year, long records, String amount) {
        assertEquals(records, Fixtures.count(tallySql("records", kind, year)), kind + " " + year + " records");
        assertEquals(new java.math.BigDecimal(amount).movePointRight(2).longValueExact(),
                Fixtures.count(tallySql("amount * 100", kind, year)), kind + " " + year + " amount");
    }

    private String tallySql(String column, String kind, int year) {
        return "SELECT COALESCE(SUM(" + column + "), 0) FROM record_tally WHERE city_id = " + city
                + " AND kind = '" + kind + "' AND year = " + year;
    }

    private JsonObject created(String kind, String body) {
        Api.Answer answer = reporter.post(path(kind), body);
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    private static JsonObject ok(Api.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private String path(String kind) {
        return "/api/v1/cities/" + city + "/" + kind;
    }

    private static String navigation(String startDate, String budget) {
        return """
                {"title": "汇总测试项目", "type": "INDUSTRY_PLANNING", "industry": "新材料", "leadOrganisation": "科技局",
                 "startDate": "%s", "budget": "%s", "status": "ONGOING"}""".formatted(startDate, budget);
    }

    private static String training(String date) {
        return """
                {"title": "汇总测试培训", "audience": "MANAGERS", "sector": "电子信息", "date": "%s", "hours": 2,
                 "attendees": 30, "organiser": "市场监督管理局", "galaxyProgramme": false}""".formatted(date);
    }

    private static String randomDate(ThreadLocalRandom random) {
        return "%d-%02d-%02d".formatted(2017 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static String randomAmount(ThreadLocalRandom random) {
        return "%d.%02d".formatted(random.nextInt(1_000_000), random.nextInt(100));
    }
}
