package org.pilotops.home.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Browser;
import org.pilotops.testing.BrowserTest;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;

/**
 * Every page that shows an object opens when the object was created through the API with only its required
 * fields (issue 21 §10): a typical case with only its title made the city's case list answer 500. The
 * required fields are the API's own answer to an empty body, so a field that becomes optional is tried
 * without it from then on.
 */
@BrowserTest
class MinimalDataPagesBrowserIT {

    private static final long CITY = 1;
    private static final Api REPORTER = Api.as("city-zjg");

    @Test
    void pagesOpenWithRecordsCasesAccountsCitiesAndParksOfRequiredFieldsOnly() {
        Map<String, Long> records = new LinkedHashMap<>();
        for (String kind : RecordSamples.KINDS) {
            records.put(kind, create(REPORTER, "/api/v1/cities/" + CITY + "/" + kind, RecordSamples.body(kind, CITY)));
        }
        long typicalCase = create(REPORTER, "/api/v1/cities/" + CITY + "/cases", "{\"title\": \"只有标题的案例\"}");
        long account = create(Fixtures.ADMIN, "/api/v1/accounts",
                "{\"username\": \"minimal-" + UUID.randomUUID().toString().substring(0, 8) + "\","
                        + " \"displayName\": \"最少字段\", \"roles\": [\"NATIONAL_REVIEWER\"]}");
        long city = Fixtures.city(Fixtures.someProvince(), "最少字段市");
        long park = create(Fixtures.ADMIN, "/api/v1/cities/" + city + "/parks", "{\"nameZh\": \"最少字段园区\"}");

        try (Browser reporter = new Browser()) {
            reporter.signIn("city-zjg");
            assertOpens(reporter, "/index.xhtml", null);
            records.forEach((kind, id) -> {
                // The samples are dated 2019; the list links each record's form by its id.
                assertOpens(reporter, "/records/list.xhtml?kind=" + kind + "&city=" + CITY + "&year=2019", "id=" + id + "\"");
                assertOpens(reporter, "/records/edit.xhtml?kind=" + kind + "&city=" + CITY + "&id=" + id, null);
            });
            assertOpens(reporter, "/cases/list.xhtml?city=" + CITY, "只有标题的案例");
            assertOpens(reporter, "/cases/edit.xhtml?id=" + typicalCase, "只有标题的案例");
            assertOpens(reporter, "/dashboard/view.xhtml?city=" + CITY, null);
        }
        try (Browser national = new Browser()) {
            national.signIn("national");
            assertOpens(national, "/index.xhtml", null);
            assertOpens(national, "/cases/list.xhtml", null);
            assertOpens(national, "/records/list.xhtml?kind=navigation-projects&city=" + city, null);
            assertOpens(national, "/city/view.xhtml?id=" + city, "最少字段市");
            assertOpens(national, "/dashboard/view.xhtml?city=" + city, null);
        }
        try (Browser admin = new Browser()) {
            admin.signIn("admin");
            assertOpens(admin, "/index.xhtml", null);
            assertOpens(admin, "/account/list.xhtml", "最少字段");
            assertOpens(admin, "/account/edit.xhtml?id=" + account, null);
            assertOpens(admin, "/city/admin-list.xhtml", "最少字段市");
            assertOpens(admin, "/city/admin-edit.xhtml?id=" + city, "最少字段市");
            assertOpens(admin, "/city/admin-park.xhtml?id=" + park, "最少字段园区");
        }
    }

    /**
     * Creates the object from {@code sample} cut down to the fields the API requires: those an empty body is
     * refused for, plus any a first try is refused for (a field required only beside another).
     */
    private static long create(Api api, String path, String sample) {
        JsonObject full = Json.createReader(new StringReader(sample)).readObject();
        Set<String> required = new TreeSet<>(refusedFields(api.post(path, "{}")));
        required.retainAll(full.keySet());
        for (int attempt = 0; attempt < 3; attempt++) {
            JsonObjectBuilder body = Json.createObjectBuilder();
            required.forEach(field -> body.add(field, full.get(field)));
            Api.Answer created = api.post(path, body.build().toString());
            if (created.status() == 201) {
                JsonObject answer = created.json();
                // An account comes back beside its one-time password.
                return (answer.containsKey("account") ? answer.getJsonObject("account") : answer).getJsonNumber("id").longValue();
            }
            assertEquals(400, created.status(), created::toString);
            Set<String> more = new TreeSet<>(refusedFields(created));
            more.retainAll(full.keySet());
            assertTrue(required.addAll(more), () -> "refused for fields already given: " + created);
        }
        throw new AssertionError("not created from the required fields of " + sample);
    }

    private static Set<String> refusedFields(Api.Answer refused) {
        if (refused.status() != 400) {
            return Set.of();
        }
        Set<String> fields = new TreeSet<>();
        for (JsonValue v : refused.json().getJsonArray("violations")) {
            fields.add(v.asJsonObject().getString("field").replaceAll("[.\\[].*", ""));
        }
        return fields;
    }

    private static void assertOpens(Browser browser, String path, String shows) {
        browser.open(path);
        String title = browser.driver().getTitle();
        String page = browser.driver().getPageSource();
        assertFalse(title.contains("错误") || title.contains("未找到") || title.contains("无权访问"),
                () -> path + " answered the error page " + title);
        assertTrue(page.contains("<h1"), () -> path + " has no heading: " + title);
        if (shows != null) {
            assertTrue(page.contains(shows), () -> path + " does not show " + shows);
        }
    }
}
