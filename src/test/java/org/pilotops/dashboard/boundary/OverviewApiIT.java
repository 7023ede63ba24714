package org.pilotops.dashboard.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;

/**
 * {@code GET /api/v1/overview?year=} against the running portal: per city its records of the year per
 * kind, its summary's state and its compliance flags, scoped like the summaries, and live — a record
 * logged now is in the next answer.
 */
class OverviewApiIT {

    @Test
    void eachRoleSeesItsCitiesWithTheirRecordsPerKind() {
        JsonObject nation = ok(Api.as("national").get("/api/v1/overview?year=2019"));
        JsonObject zjg = city(nation, 1).orElseThrow(() -> new AssertionError("张家港市 missing: " + nation));
        assertTrue(city(nation, 2).isPresent(), "the nation holds 温州市 too");
        assertEquals(RecordSamples.KINDS.size(), zjg.getJsonObject("records").size(), "every kind, 0 included");
        for (String kind : RecordSamples.KINDS) {
            assertEquals(Fixtures.count("SELECT COUNT(*) FROM " + table(kind) + " WHERE city_id = 1 AND year = 2019"),
                    zjg.getJsonObject("records").getJsonNumber(kind).longValue(), kind);
        }
        assertEquals("ENDORSED", zjg.getString("status"), "张家港市's 2019 summary in the demo data");
        assertTrue(zjg.containsKey("complianceFlags") && zjg.containsKey("onTime"));
        assertTrue(nation.containsKey("reportingRate") && nation.containsKey("onTimeRate"));

        JsonObject jiangsu = ok(Api.as("province-js").get("/api/v1/overview?year=2019"));
        assertTrue(jiangsu.getJsonArray("cities").getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.getInt("provinceId") == 320000), "only Jiangsu's cities");
        assertTrue(city(jiangsu, 1).isPresent());

        JsonObject own = ok(Api.as("city-zjg").get("/api/v1/overview?year=2019"));
        assertEquals(List.of(1L), own.getJsonArray("cities").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("cityId").longValue()).toList());

        assertEquals(403, Api.as("agency-1").get("/api/v1/overview?year=2019").status());
        assertEquals(403, Fixtures.ADMIN.get("/api/v1/overview?year=2019").status());
    }

    @Test
    void aRecordLoggedNowIsInTheNextAnswer() {
        long city = Fixtures.city(Fixtures.someProvince(), "概览测试市");
        Api reporter = Fixtures.reporter(city, false).api();
        JsonObject before = city(ok(reporter.get("/api/v1/overview?year=2019")), city).orElseThrow();
        assertEquals(0, before.getJsonObject("records").getInt("navigation-projects"));

        Api.Answer created = reporter.post("/api/v1/cities/" + city + "/navigation-projects",
                RecordSamples.body("navigation-projects", city));
        assertEquals(201, created.status(), created::toString);

        JsonObject after = city(ok(Api.as("national").get("/api/v1/overview?year=2019")), city).orElseThrow();
        assertEquals(1, after.getJsonObject("records").getInt("navigation-projects"));
        assertEquals(1, after.getInt("totalRecords"));
        assertEquals(new BigDecimal("120000.50"), after.getJsonObject("amounts").getJsonNumber("navigation-projects").bigDecimalValue());
    }

    @Test
    void aYearIsRequiredAndANumber() {
        Api.Answer missing = Api.as("national").get("/api/v1/overview");
        assertEquals(400, missing.status());
        assertTrue(missing.body().contains("\"year\""), missing::toString);
        Api.Answer wrong = Api.as("national").get("/api/v1/overview?year=twenty");
        assertEquals(400, wrong.status());
        assertEquals(404, Api.as("national").get("/api/v1/overview?year=2031").status(), "not a reporting year");
    }

    private static String table(String kind) {
        return switch (kind) {
            case "navigation-projects" -> "navigation_project";
            case "pledge-financings" -> "pledge_financing";
            case "trusteeship-contracts" -> "trusteeship_contract";
            case "protection-centres" -> "protection_centre";
            case "training-sessions" -> "training_session";
            case "vouchers" -> "voucher";
            case "free-filings" -> "free_filing";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Optional<JsonObject> city(JsonObject overview, long id) {
        return overview.getJsonArray("cities").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("cityId").longValue() == id).findFirst();
    }

    private static JsonObject ok(Api.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }
}
