package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.Together;

/**
 * {@code POST …/{kind}} with an {@code Idempotency-Key}: a client whose answer was lost sends the request
 * again with the same key and gets the record the first one created — never a second record, audit entry
 * or count — even when the repeats arrive together. Keys are per caller; the same key with another
 * request is refused naming the header; a refused request takes no key; a week on, a key is forgotten.
 */
class IdempotencyKeyApiIT {

    private final long city = Fixtures.city(Fixtures.someProvince(), "幂等测试市");
    private final String path = "/api/v1/cities/" + city + "/navigation-projects";

    @Test
    void aRepeatedRequestGetsTheFirstRecordAndCreatesNothing() {
        Api reporter = Fixtures.reporter(city, false).api();
        String key = UUID.randomUUID().toString();
        String body = RecordSamples.body("navigation-projects", city);
        Api.Answer first = post(reporter, key, body);
        assertEquals(201, first.status(), first::toString);
        assertNull(first.header("Idempotent-Replayed"));
        long id = first.json().getJsonNumber("id").longValue();

        Api.Answer again = post(reporter, key, body);
        assertEquals(201, again.status(), again::toString);
        assertEquals(id, again.json().getJsonNumber("id").longValue(), "the first request's record");
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(1, records(), "one record");
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'navigation-projects' "
                + "AND subject_id = " + id), "one audit entry");

        Api.Answer other = post(reporter, key, RecordSamples.body("navigation-projects", city));
        assertEquals(409, other.status(), other::toString);
        assertEquals("Idempotency-Key", other.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Answer anotherCaller = post(Fixtures.reporter(city, false).api(), key, body);
        assertEquals(201, anotherCaller.status(), "keys are per caller: " + anotherCaller);
        assertEquals(2, records());
    }

    @Test
    void aMalformedKeyIsRefusedNamingTheHeaderAndARefusedRequestTakesNoKey() {
        Api reporter = Fixtures.reporter(city, false).api();
        String body = RecordSamples.body("navigation-projects", city);
        for (String malformed : List.of("x".repeat(101), "two words", "")) {
            Api.Answer refused = post(reporter, malformed, body);
            assertEquals(400, refused.status(), refused::toString);
            assertEquals("Idempotency-Key", refused.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        }
        String key = UUID.randomUUID().toString();
        Api.Answer bad = post(reporter, key, body.replace("\"120000.50\"", "\"many\""));
        assertEquals(400, bad.status(), bad::toString);
        Api.Answer corrected = post(reporter, key, body);
        assertEquals(201, corrected.status(), "the refused request took no key: " + corrected);
        assertEquals(1, records());
    }

    @Test
    void repeatsArrivingTogetherCreateOneRecord() throws Exception {
        Api reporter = Fixtures.reporter(city, false).api();
        String key = UUID.randomUUID().toString();
        String body = RecordSamples.body("navigation-projects", city);
        List<Api.Answer> answers = Together.call(6, () -> post(reporter, key, body));
        for (Api.Answer answer : answers) {
            assertEquals(201, answer.status(), answer::toString);
        }
        long id = answers.get(0).json().getJsonNumber("id").longValue();
        for (Api.Answer answer : answers) {
            assertEquals(id, answer.json().getJsonNumber("id").longValue(), "every repeat gets the one record");
        }
        assertEquals(1, records());
    }

    @Test
    void keysDifferingInCaseAloneAreTwoKeys() {
        Api reporter = Fixtures.reporter(city, false).api();
        String body = RecordSamples.body("navigation-projects", city);
        String key = "aB1-" + UUID.randomUUID();
        Api.Answer lower = post(reporter, key, body);
        Api.Answer upper = post(reporter, key.toUpperCase(java.util.Locale.ROOT), body);
        assertEquals(201, lower.status(), lower::toString);
        assertEquals(201, upper.status(), upper::toString);
        assertNull(upper.header("Idempotent-Replayed"), "base64 and ULID keys differ by case alone");
        assertEquals(2, records());
    }

    @Test
    void keysOlderThanAWeekAreForgottenByTheNightlyJob() {
        Fixtures.execute("INSERT INTO idempotency_key (caller, request_key, request, subject_type, subject_id, created_at) VALUES "
                + "('city-" + city + "', 'old-key', REPEAT('a', 64), 'navigation-projects', NULL, CURRENT_TIMESTAMP(3) - INTERVAL 8 DAY), "
                + "('city-" + city + "', 'recent-key', REPEAT('a', 64), 'navigation-projects', NULL, CURRENT_TIMESTAMP(3) - INTERVAL 6 DAY)");
        Fixtures.runAndWait("IdempotencyKeyJob", "");
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM idempotency_key WHERE caller = 'city-" + city + "' AND request_key = 'old-key'"));
        assertEquals(1, Fixtures.count("SELECT COUNT(*) FROM idempotency_key WHERE caller = 'city-" + city + "' AND request_key = 'recent-key'"),
                "a key of six days is kept");
    }

    /** The fingerprint is the parsed body's: the same fields in another order, or spaced otherwise, repeat it. */
    @Test
    void aBodyWrittenWithItsFieldsInAnotherOrderIsTheSameRequest() {
        Api reporter = Fixtures.reporter(city, false).api();
        String key = UUID.randomUUID().toString();
        JsonObject body = Json.createReader(new StringReader(RecordSamples.body("navigation-projects", city))).readObject();
        Api.Answer first = post(reporter, key, body.toString());
        assertEquals(201, first.status(), first::toString);
        JsonObjectBuilder reversed = Json.createObjectBuilder();
        List<String> names = new ArrayList<>(body.keySet());
        java.util.Collections.reverse(names);
        names.forEach(name -> reversed.add(name, body.get(name)));
        Api.Answer again = post(reporter, key, reversed.build().toString().replace(",", ",\n  "));
        assertEquals(201, again.status(), again::toString);
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.json().getJsonNumber("id"), again.json().getJsonNumber("id"));
        assertEquals(1, records());
    }

    /** An import sent again with its key gets the first import's report and stores nothing again. */
    @Test
    void anImportSentTwiceWithOneKeyIsStoredOnce() {
        Api reporter = Fixtures.reporter(city, false).api();
        String key = UUID.randomUUID().toString();
        String file = "title,type,industry,leadOrganisation,startDate,budget,status\n"
                + "幂等导入一,INDUSTRY_PLANNING,新材料,科学技术局,2019-03-01,1000.00,PLANNED\n"
                + "幂等导入二,INDUSTRY_PLANNING,新材料,科学技术局,2019-04-01,2000.00,PLANNED\n";
        Api.Answer first = importFile(reporter, key, file);
        assertEquals(201, first.status(), first::toString);
        assertEquals(2, first.json().getInt("created"));
        Api.Answer again = importFile(reporter, key, file);
        assertEquals(201, again.status(), again::toString);
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.json().getString("importId"), again.json().getString("importId"), "the first import's report");
        assertEquals(2, again.json().getInt("created"));
        assertEquals(2, records(), "nothing stored again");

        Api.Answer otherFile = importFile(reporter, key, file.replace("幂等导入二", "幂等导入三"));
        assertEquals(409, otherFile.status(), otherFile::toString);
        assertEquals("Idempotency-Key", otherFile.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(2, records());
    }

    /**
     * Requests waiting behind a key whose holder rolls back (its voucher number is taken) take the key in
     * turn and are refused as it was, naming the field, never 500.
     */
    @Test
    void requestsWaitingBehindAKeyWhoseHolderRollsBackAreRefusedAsItWas() throws Exception {
        Api reporter = Api.as("city-zjg");
        String vouchers = "/api/v1/cities/1/vouchers";
        String body = RecordSamples.body("vouchers", 1);
        assertEquals(201, reporter.post(vouchers, body).status(), "the number is taken first");
        String key = UUID.randomUUID().toString();
        List<Api.Answer> answers = Together.call(4, () -> reporter.send(reporter.request(vouchers)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))));
        for (Api.Answer answer : answers) {
            assertEquals(409, answer.status(), answer::toString);
            assertEquals("voucherNumber", answer.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        }
        assertEquals(0, Fixtures.count("SELECT COUNT(*) FROM idempotency_key WHERE request_key = '" + key + "'"),
                "a refused request keeps no key");
    }

    private Api.Answer importFile(Api api, String key, String csv) {
        return api.send(api.request(path + "/import?dryRun=false").header("Content-Type", "text/csv")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    private Api.Answer post(Api api, String key, String body) {
        return api.send(api.request(path).header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private long records() {
        return Fixtures.count("SELECT COUNT(*) FROM navigation_project WHERE city_id = " + city);
    }
}
