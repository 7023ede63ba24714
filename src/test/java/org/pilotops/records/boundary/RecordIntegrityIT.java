package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotops.records.boundary.NavigationProjectsApiIT.assertViolation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.Together;
import org.pilotops.testing.TestEnvironment;

/**
 * What makes the figures trustworthy, through the API: a constraint two clients race for answers 409
 * naming the field, never 500; filters match exactly (text by a part) and a misspelt one is refused;
 * unknown counts stay unknown; every change can be read back as history, in the record's scope; bodies
 * must say what they are; a city that does not exist is not found for every role. 张家港市 is city 1.
 */
class RecordIntegrityIT {

    static final String NAVIGATION = "/api/v1/cities/1/navigation-projects";

    final Api city = Api.as("city-zjg");

    @Test
    void clientsRacingForOneVoucherNumberGetOneCreatedAndConflictsNamingTheField() throws Exception {
        String body = RecordSamples.body("vouchers", 1)
                .replaceFirst("\"voucherNumber\": \"[^\"]+\"", "\"voucherNumber\": \"RACE-" + UUID.randomUUID().toString().substring(0, 13) + "\"");
        List<Api.Answer> done = Together.call(12, () -> city.post("/api/v1/cities/1/vouchers", body));
        assertEquals(1, done.stream().filter(a -> a.status() == 201).count(), done::toString);
        for (Api.Answer refused : done.stream().filter(a -> a.status() != 201).toList()) {
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("urn:pilotops:problem:conflict", refused.json().getString("type"));
            assertEquals("voucherNumber", refused.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void filtersMatchExactlyExceptTextAndRefuseWhatTheyDoNotKnow() {
        String tag = "筛选" + UUID.randomUUID().toString().substring(0, 6);
        for (String[] p : new String[][] {{"4", "2019-02-01", "100"}, {"14", "2019-05-01", "1000"},
                {"40", "2019-09-01", "100"}}) {
            assertEquals(201, city.post(NAVIGATION, """
                    {"title": "%s", "type": "INDUSTRY_PLANNING", "industry": "新材料", "leadOrganisation": "科技局",
                     "startDate": "%s", "budget": "%s", "status": "ONGOING", "smesReached": %s}"""
                    .formatted(tag + p[0], p[1], p[2], p[0])).status());
        }
        String mine = NAVIGATION + "?title=" + enc(tag) + "&";
        assertEquals(List.of(tag + "4"), titles(city.get(mine + "smesReached=4")));
        assertEquals(List.of(tag + "14"), titles(city.get(mine + "budget=1000")));
        assertEquals(List.of(tag + "4", tag + "14"), titles(city.get(mine + "startDate=2019-01-01..2019-06-30&sort=startDate")));
        assertEquals(List.of(tag + "14", tag + "40"), titles(city.get(mine + "smesReached=10..&sort=smesReached")));
        assertEquals(3, titles(city.get(mine + "status=ONGOING")).size());
        assertEquals(0, titles(city.get(mine + "status=COMPLETED")).size());
        assertEquals(3, titles(city.get(mine + "source=API")).size());
        assertEquals(0, titles(city.get(mine + "loggingAgencyId=1")).size(), "the city logged them, not agency 1");

        assertViolation(city.get(NAVIGATION + "?stauts=COMPLETED"), "stauts");
        assertViolation(city.get(NAVIGATION + "?startDate=2019-13-01"), "startDate");
        assertViolation(city.get(NAVIGATION + "?smesReached=four"), "smesReached");
        assertViolation(city.get(NAVIGATION + "?status=DONE"), "status");
    }

    @Test
    void optionalCountsThatWereNotGivenStayUnknown() throws SQLException {
        String tag = "未知" + UUID.randomUUID().toString().substring(0, 6);
        Api.Answer created = city.post(NAVIGATION, """
                {"title": "%s", "type": "INDUSTRY_PLANNING", "industry": "新材料", "leadOrganisation": "科技局",
                 "startDate": "2019-03-01", "budget": "100", "status": "PLANNED"}""".formatted(tag));
        assertEquals(201, created.status(), created::toString);
        assertEquals(JsonValue.NULL, created.json().get("smesReached"));
        assertEquals(1, count("select count(*) from navigation_project where title = '" + tag + "' and smes_reached is null"));

        Api.Answer contract = city.post("/api/v1/cities/1/trusteeship-contracts",
                RecordSamples.body("trusteeship-contracts", 1).replace("\"patentsManaged\": 10,", ""));
        assertEquals(201, contract.status(), contract::toString);
        assertEquals(JsonValue.NULL, contract.json().get("patentsManaged"));
    }

    @Test
    void everyChangeIsReadableAsHistoryNewestFirstInTheRecordsScope() {
        Api.Answer created = city.post(NAVIGATION, RecordSamples.body("navigation-projects", 1));
        JsonObject record = created.json();
        String one = NAVIGATION + "/" + record.getJsonNumber("id").longValue();
        String renamed = record.getString("title") + "（修订）";
        String changed = record.toString().replace("\"title\":\"" + record.getString("title") + "\"",
                "\"title\":\"" + renamed + "\"").replace("\"smesReached\":12", "\"smesReached\":13");
        assertEquals(200, city.put(one, changed).status());

        Api.Answer history = city.get(one + "/history");
        assertEquals(200, history.status(), history::toString);
        List<JsonObject> entries = history.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("UPDATE", "CREATE"), entries.stream().map(e -> e.getString("action")).toList());
        JsonObject update = entries.get(0);
        assertEquals("city-zjg", update.getString("actor"));
        assertEquals("API", update.getString("source"));
        assertTrue(update.getString("at").endsWith("Z"), update::toString);
        List<JsonObject> changes = update.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertEquals(List.of("title", "smesReached"), changes.stream().map(c -> c.getString("field")).toList());
        assertEquals(record.getString("title"), changes.get(0).getString("before"));
        assertEquals(renamed, changes.get(0).getString("after"));
        assertEquals(12, changes.get(1).getInt("before"));
        assertTrue(entries.get(1).getJsonArray("changes").size() >= 8, "a creation lists the fields it was given");

        assertEquals(200, Api.as("province-js").get(one + "/history").status());
        assertEquals(404, Api.as("city-2").get(one + "/history").status());
        assertEquals(404, Api.as("agency-1").get(one + "/history").status(), "agencies see only their own records");
    }

    @Test
    void bodiesSayWhatTheyAreAndParametersAreChecked() {
        Api.Answer plain = city.send(city.request(NAVIGATION).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(RecordSamples.body("navigation-projects", 1))));
        assertEquals(415, plain.status(), plain::toString);
        assertEquals("application/problem+json", plain.header("Content-Type"));

        long id = city.post(NAVIGATION, RecordSamples.body("navigation-projects", 1)).json().getJsonNumber("id").longValue();
        assertViolation(city.delete(NAVIGATION + "/" + id + "?version=abc"), "version");
        assertEquals(200, city.get(NAVIGATION + "/" + id).status(), "nothing was deleted");
    }

    @Test
    void aCityThatDoesNotExistIsNotFoundForEveryRole() {
        for (String account : List.of("city-zjg", "city-2", "agency-1", "province-js", "national", "admin")) {
            Api.Answer answer = Api.as(account).get("/api/v1/cities/99999/navigation-projects");
            assertEquals(404, answer.status(), () -> account + ": " + answer);
        }
    }

    private static List<String> titles(Api.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("title")).toList();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
