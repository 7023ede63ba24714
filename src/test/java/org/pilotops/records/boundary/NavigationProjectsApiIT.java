package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.TestEnvironment;

/**
 * The record contract of SPEC §9 for navigation projects, from the client side against the packaged WAR:
 * create, read, update, delete, optimistic locking, paging, and bad input that stores nothing.
 * 张家港市 is city 1 and 温州市 city 2 in the demo data.
 */
class NavigationProjectsApiIT {

    static final String LIST = "/api/v1/cities/1/navigation-projects";
    final Api city = Api.as("city-zjg");

    static String project(String title) {
        return """
                {"title": "%s", "type": "INDUSTRY_PLANNING", "industry": "新材料",
                 "leadOrganisation": "张家港市科学技术局", "startDate": "2019-03-01", "endDate": "2019-12-31",
                 "budget": "120000.50", "status": "COMPLETED", "smesReached": 12}
                """.formatted(title);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createdProjectIsReadBackWithCommonFieldsAndLocation() {
        String title = unique("导航");
        Api.Answer created = city.post(LIST, project(title));
        assertEquals(201, created.status(), created::toString);
        JsonObject body = created.json();
        String location = created.header("Location");
        assertTrue(location.endsWith(LIST + "/" + body.getJsonNumber("id").longValue()), location);

        JsonObject read = city.get(location.substring(location.indexOf("/api/"))).json();
        assertEquals(title, read.getString("title"));
        assertEquals(1, read.getInt("cityId"));
        assertEquals(2019, read.getInt("year"));
        assertEquals("API", read.getString("source"));
        assertEquals("city-zjg", read.getString("createdBy"));
        assertEquals("city-zjg", read.getString("updatedBy"));
        assertEquals("120000.50", read.getString("budget"));
        assertEquals(12, read.getInt("smesReached"));
        assertEquals(body.getJsonNumber("version").longValue(), read.getJsonNumber("version").longValue());
        for (String common : List.of("id", "createdAt", "updatedAt")) {
            assertNotNull(read.get(common), common);
        }
    }

    @Test
    void updateCarriesTheVersionItReadAndAStaleVersionIsRefused() {
        JsonObject created = city.post(LIST, project(unique("待改"))).json();
        String path = LIST + "/" + created.getJsonNumber("id").longValue();
        long version = created.getJsonNumber("version").longValue();

        String changed = project("已改").replaceFirst("\\{", "{\"version\": " + version + ",");
        Api.Answer updated = city.put(path, changed);
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("已改", updated.json().getString("title"));
        assertEquals(version + 1, updated.json().getJsonNumber("version").longValue());

        Api.Answer stale = city.put(path, project("覆盖").replaceFirst("\\{", "{\"version\": " + version + ","));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("application/problem+json", stale.header("Content-Type").split(";")[0]);
        assertEquals("已改", city.get(path).json().getString("title"), "a stale update changes nothing");

        Api.Answer noVersion = city.put(path, project("无版本"));
        assertEquals(400, noVersion.status());
        assertViolation(noVersion, "version");
    }

    @Test
    void changesAreAuditedWithBeforeAndAfter() throws SQLException {
        JsonObject created = city.post(LIST, project(unique("审计前"))).json();
        long id = created.getJsonNumber("id").longValue();
        city.put(LIST + "/" + id, project("审计后").replaceFirst("\\{", "{\"version\": "
                + created.getJsonNumber("version").longValue() + ","));
        city.delete(LIST + "/" + id);

        try (Connection c = TestEnvironment.database().dataSource().getConnection();
             PreparedStatement q = c.prepareStatement("select action, actor, before_state, after_state from audit_entry "
                     + "where subject_type = 'navigation-projects' and subject_id = ? order by id")) {
            q.setLong(1, id);
            ResultSet rows = q.executeQuery();
            assertTrue(rows.next());
            assertEquals("CREATE", rows.getString(1));
            assertEquals("city-zjg", rows.getString(2));
            assertTrue(rows.getString(4).contains("审计前"));
            assertTrue(rows.next());
            assertEquals("UPDATE", rows.getString(1));
            assertTrue(rows.getString(3).contains("审计前") && rows.getString(4).contains("审计后"));
            assertTrue(rows.next());
            assertEquals("DELETE", rows.getString(1));
            assertTrue(rows.getString(3).contains("审计后"));
            assertEquals(null, rows.getString(4));
        }
    }

    @Test
    void deletedProjectIsGone() {
        JsonObject created = city.post(LIST, project(unique("删除"))).json();
        String path = LIST + "/" + created.getJsonNumber("id").longValue();
        assertEquals(409, city.delete(path + "?version=" + (created.getJsonNumber("version").longValue() + 7)).status());
        assertEquals(204, city.delete(path).status());
        assertEquals(404, city.get(path).status());
        assertEquals(404, city.delete(path).status());
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() {
        long before = total();
        Api.Answer bad = city.post(LIST, """
                {"title": "", "type": "NAVIGATION", "industry": 7, "leadOrganisation": "x",
                 "startDate": "2019-02-30", "endDate": "2016-01-01", "budget": "12.345", "status": "PLANNED",
                 "smesReached": -1, "colour": "red"}
                """);
        assertEquals(400, bad.status(), bad::toString);
        JsonObject problem = bad.json();
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("type").contains("invalid-input"));
        assertNotNull(problem.getString("title"));
        assertNotNull(problem.getString("detail"));
        for (String field : List.of("title", "type", "industry", "startDate", "endDate", "budget", "smesReached", "colour")) {
            assertViolation(bad, field);
        }

        Api.Answer endBeforeStart = city.post(LIST, project("日期颠倒").replace("\"2019-12-31\"", "\"2019-01-01\""));
        assertEquals(400, endBeforeStart.status());
        assertViolation(endBeforeStart, "endDate");

        assertEquals(400, city.post(LIST, "{\"title\": ").status(), "malformed JSON");
        assertEquals(400, city.post(LIST, "[]").status(), "not an object");
        assertEquals(400, city.post(LIST, "").status(), "empty body");
        Api.Answer otherCity = city.post(LIST, project("别的城市").replaceFirst("\\{", "{\"cityId\": 2,"));
        assertEquals(400, otherCity.status());
        assertViolation(otherCity, "cityId");
        Api.Answer huge = city.post(LIST, project("x".repeat(2 << 20)));
        assertEquals(413, huge.status());
        assertEquals(before, total(), "nothing was stored");
    }

    @Test
    void problemsSpeakEnglishWhenAskedTo() {
        Api.Answer answer = city.send(city.request(LIST + "/0").header("Accept-Language", "en-GB,en;q=0.8"));
        assertEquals(404, answer.status());
        assertEquals("Not found", answer.json().getString("title"));
        assertEquals("未找到", city.get(LIST + "/0").json().getString("title"));
    }

    @Test
    void listsArePagedFilteredAndSorted() {
        JsonObject page = city.get(LIST + "?year=2018&page=0&size=5&sort=budget").json();
        assertEquals(5, page.getJsonArray("items").size());
        assertEquals(0, page.getInt("page"));
        assertEquals(5, page.getInt("size"));
        assertTrue(page.getJsonNumber("total").longValue() > 5);
        var budgets = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> new java.math.BigDecimal(o.getString("budget"))).toList();
        assertEquals(budgets.stream().sorted().toList(), budgets, "ascending by budget");
        page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(o -> assertEquals(2018, o.getInt("year")));

        JsonObject ongoing = city.get(LIST + "?status=ONGOING&size=500").json();
        ongoing.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(o -> assertEquals("ONGOING", o.getString("status")));

        assertViolation(city.get(LIST + "?size=501"), "size");
        assertViolation(city.get(LIST + "?page=-1"), "page");
        assertViolation(city.get(LIST + "?sort=password"), "sort");
        assertViolation(city.get(LIST + "?year=twenty"), "year");
        assertEquals(404, city.get("/api/v1/cities/1/no-such-kind").status());
    }

    static long total() {
        return Api.as("national").get(LIST + "?size=1").json().getJsonNumber("total").longValue();
    }

    static void assertViolation(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                        .anyMatch(v -> v.getString("field").equals(field) && !v.getString("message").isBlank()),
                () -> "no violation for " + field + " in " + answer);
    }
}
