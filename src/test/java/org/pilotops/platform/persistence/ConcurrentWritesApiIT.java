package org.pilotops.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.Together;

/**
 * Every create and update the API offers outside the records, raced by eight clients at once (issue 21 §6):
 * one wins, each of the others hears 409 naming the field the database refused — the unique value, or the
 * version — and none hears 500 (eight first drafts of one summary answered one 200 and seven 500s). The
 * records' own races are in RecordIntegrityIT; the agencies, which only the admin pages write, in
 * AgencyServiceIT.
 */
class ConcurrentWritesApiIT {

    private static final int CLIENTS = 8;
    private static final Api ADMIN = Fixtures.ADMIN;
    private static final Api NATIONAL = Api.as("national");

    /**
     * Each client signs in once before it races: eight first requests of one account would each check its
     * password (PBKDF2), and the password-check gate answers 503 beyond a few at once — not the race tested.
     */
    @BeforeAll
    static void signIn() {
        assertEquals(200, ADMIN.get("/api/v1/me").status());
        assertEquals(200, NATIONAL.get("/api/v1/me").status());
    }

    @Test
    void firstDraftsOfOneSummary() throws Exception {
        long city = Fixtures.city(Fixtures.someProvince(), "并发总结市");
        Api reporter = Fixtures.reporter(city, false).api();
        String path = "/api/v1/cities/" + city + "/annual-summaries/2019";
        // Its first request signs in (see signIn) and reads the version the drafts start from.
        long version = reporter.get(path).json().getJsonNumber("version").longValue();
        oneWins(() -> reporter.put(path, """
                {"sections": {"NAVIGATION": "导航"}, "nextYearPlan": "计划", "targets": {}, "version": %d}"""
                .formatted(version)), 200, "version");
    }

    @Test
    void accountsOfOneUsernameAndUpdatesOfOneVersion() throws Exception {
        String username = "race-" + UUID.randomUUID().toString().substring(0, 8);
        List<Api.Answer> created = oneWins(() -> ADMIN.post("/api/v1/accounts", """
                {"username": "%s", "displayName": "并发账户", "roles": ["NATIONAL_REVIEWER"]}""".formatted(username)),
                201, "username");
        JsonObject account = winner(created, 201).json().getJsonObject("account");
        oneWins(() -> ADMIN.put("/api/v1/accounts/" + account.getJsonNumber("id"), """
                {"displayName": "改名", "roles": ["NATIONAL_REVIEWER"], "version": %d}"""
                .formatted(account.getJsonNumber("version").longValue())), 200, "version");
    }

    @Test
    void citiesOfOneDivisionCodeParksAndTheirYears() throws Exception {
        int province = Fixtures.someProvince();
        String code = Integer.toString(province).substring(0, 2) + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
        String city = """
                {"divisionCode":"%s","nameZh":"并发城市","nameEn":"Race City","provinceId":%d,"level":"PREFECTURE",
                 "batch":2,"pilotStartYear":2017,"pilotEndYear":2020,"status":"ACTIVE"%s}""";
        List<Api.Answer> created = oneWins(() -> ADMIN.post("/api/v1/cities", city.formatted(code, province, "")),
                201, "divisionCode");
        JsonObject made = winner(created, 201).json();
        long cityId = made.getJsonNumber("id").longValue();
        oneWins(() -> ADMIN.put("/api/v1/cities/" + cityId, city.replace("并发城市", "并发城市改名").formatted(code, province,
                ", \"version\": " + made.getJsonNumber("version"))), 200, "version");

        JsonObject park = ADMIN.post("/api/v1/cities/" + cityId + "/parks", "{\"nameZh\": \"并发园区\"}").json();
        String parkPath = "/api/v1/cities/" + cityId + "/parks/" + park.getJsonNumber("id");
        oneWins(() -> ADMIN.put(parkPath, "{\"nameZh\": \"并发园区改名\", \"version\": " + park.getJsonNumber("version") + "}"),
                200, "version");
        oneWins(() -> ADMIN.put(parkPath + "/years/2019", """
                {"inventionPatentsPer10k": "50.00", "hasIpDepartment": true, "fullTimeIpStaff": 2}"""), 200,
                "year", "version"); // a client late enough to see the year added corrects it: its version is asked
    }

    @Test
    void casesReportingYearsAndReminderRulesOfOneVersion() throws Exception {
        long city = Fixtures.city(Fixtures.someProvince(), "并发案例市");
        Api reporter = Fixtures.reporter(city, false).api();
        JsonObject draft = reporter.post("/api/v1/cities/" + city + "/cases", "{\"title\": \"并发案例\"}").json();
        oneWins(() -> reporter.put("/api/v1/cases/" + draft.getJsonNumber("id"), """
                {"title": "并发案例改", "version": %d}""".formatted(draft.getJsonNumber("version").longValue())),
                200, "version");

        // Shared settings: changed by the race, then put back as they were for the other tests.
        JsonObject year = NATIONAL.get("/api/v1/reporting-years").structure().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(y -> y.getInt("year") == 2017).findFirst().orElseThrow();
        List<Api.Answer> years = oneWins(() -> NATIONAL.put("/api/v1/reporting-years/2017",
                yearBody(year, JsonFactory.value("2018-01-05"), year.get("version"))), 200, "version");
        assertEquals(200, NATIONAL.put("/api/v1/reporting-years/2017", yearBody(year, year.get("summaryDueDate"),
                winner(years, 200).json().get("version"))).status());

        JsonObject rule = NATIONAL.get("/api/v1/reminder-rules").structure().asJsonArray().getJsonObject(0);
        String ruleBody = """
                {"enabled": %s, "offsets": %s, "repeatDays": %s, "horizonDays": %d, "version": %d}""";
        String rules = "/api/v1/reminder-rules/" + rule.getJsonNumber("id");
        List<Api.Answer> changed = oneWins(() -> NATIONAL.put(rules, ruleBody.formatted(rule.getBoolean("enabled"),
                rule.getJsonArray("offsets"), rule.get("repeatDays"), rule.getInt("horizonDays") + 1,
                rule.getJsonNumber("version").longValue())), 200, "version");
        assertEquals(200, NATIONAL.put(rules, ruleBody.formatted(rule.getBoolean("enabled"), rule.getJsonArray("offsets"),
                rule.get("repeatDays"), rule.getInt("horizonDays"),
                winner(changed, 200).json().getJsonNumber("version").longValue())).status());
    }

    private static String yearBody(JsonObject year, JsonValue dueDate, JsonValue version) {
        return JsonFactory.object().add("summaryDueDate", dueDate)
                .add("provinceEndorsement", year.getOrDefault("provinceEndorsement", JsonValue.NULL))
                .add("caseCompilationDueDate", year.getOrDefault("caseCompilationDueDate", JsonValue.NULL))
                .add("version", version).build().toString();
    }

    /**
     * Makes the call {@value #CLIENTS} times at once: exactly one answers {@code success}; every other is
     * refused with 409 (or, for {@code version} asked of a late client, 400) naming one of {@code fields}.
     */
    static List<Api.Answer> oneWins(Supplier<Api.Answer> call, int success, String... fields) throws Exception {
        List<Api.Answer> answers = Together.call(CLIENTS, call::get);
        List<String> wrong = new ArrayList<>();
        int won = 0;
        for (Api.Answer answer : answers) {
            if (answer.status() == success) {
                won++;
            } else if ((answer.status() != 409 && answer.status() != 400) || !List.of(fields).contains(
                    answer.json().getJsonArray("violations").getJsonObject(0).getString("field"))) {
                wrong.add(answer.toString());
            }
        }
        assertEquals(1, won, () -> "one of " + CLIENTS + " wins: " + answers);
        assertEquals(List.of(), wrong, "every other is refused naming one of " + List.of(fields));
        return answers;
    }

    static Api.Answer winner(List<Api.Answer> answers, int success) {
        return answers.stream().filter(a -> a.status() == success).findFirst().orElseThrow();
    }
}
