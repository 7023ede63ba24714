package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotops.records.boundary.NavigationProjectsApiIT.assertViolation;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pilotops.testing.Api;
import org.pilotops.testing.RecordSamples;

/**
 * Every record kind through the same contract (create, read, update with its version, stale update,
 * delete), then the rules particular to each kind: credit codes, application numbers, references to
 * agencies and attorneys, unique voucher numbers. 张家港市 is city 1; agency 1 serves it, agency 3 does not.
 */
class RecordKindsApiIT {

    final Api city = Api.as("city-zjg");

    static java.util.List<String> kinds() {
        return RecordSamples.KINDS;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyKindIsCreatedReadUpdatedAndDeleted(String kind) {
        String list = "/api/v1/cities/1/" + kind;
        Api.Answer created = city.post(list, RecordSamples.body(kind, 1));
        assertEquals(201, created.status(), created::toString);
        String one = created.header("Location").substring(created.header("Location").indexOf("/api/"));
        JsonObject read = city.get(one).json();
        assertEquals(2019, read.getInt("year"));
        assertEquals("API", read.getString("source"));
        long version = read.getJsonNumber("version").longValue();

        Api.Answer updated = city.put(one, RecordSamples.withVersion(RecordSamples.body(kind, 1), version));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(version + 1, updated.json().getJsonNumber("version").longValue());
        assertEquals(409, city.put(one, RecordSamples.withVersion(RecordSamples.body(kind, 1), version)).status());

        assertTrue(city.get(list + "?year=2019&size=500").json().getJsonNumber("total").longValue() >= 1);
        assertEquals(204, city.delete(one).status());
        assertEquals(404, city.get(one).status());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void demoRecordsOfEveryKindPassTheirOwnRules(String kind) {
        // 2019 or 2020: the city's summaries of 2017 and 2018 are accepted in the demo, which locks those
        // years (protection centres are dated by their opening, in 2018 or 2020).
        JsonObject page = Api.as("national").get("/api/v1/cities/1/" + kind + "?size=20&year=2019").json();
        if (page.getJsonNumber("total").longValue() == 0) {
            page = Api.as("national").get("/api/v1/cities/1/" + kind + "?size=20&year=2020").json();
        }
        assertTrue(page.getJsonNumber("total").longValue() > 0, kind + " has demo records in 2019 or 2020");
        for (JsonObject record : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (record.get("loggingAgencyId").getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
                String path = "/api/v1/cities/1/" + kind + "/" + record.getJsonNumber("id").longValue();
                Api.Answer rewritten = city.put(path, record.toString());
                assertEquals(200, rewritten.status(), () -> "demo record does not pass: " + rewritten);
                return;
            }
        }
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterNamesTheRightOneUnlessConfirmed() {
        String wrong = RecordSamples.body("pledge-financings", 1).replace("91350200776049653A", "91350200776049653B");
        Api.Answer refused = city.post("/api/v1/cities/1/pledge-financings", wrong);
        assertViolation(refused, "smeCreditCode");
        assertTrue(refused.body().contains("“A”"), refused::toString);

        Api.Answer confirmed = city.post("/api/v1/cities/1/pledge-financings",
                wrong.replaceFirst("\\{", "{\"smeCreditCodeConfirmed\": true,"));
        assertEquals(201, confirmed.status(), confirmed::toString);
        assertEquals(true, confirmed.json().getBoolean("smeCreditCodeConfirmed"), "the confirmation is recorded");

        assertViolation(city.post("/api/v1/cities/1/pledge-financings",
                RecordSamples.body("pledge-financings", 1).replace("91350200776049653A", "9135020077604965")), "smeCreditCode");
    }

    @Test
    void applicationNumbersAreCheckedNormalisedAndMatchTheirType() {
        String list = "/api/v1/cities/1/free-filings";
        String body = RecordSamples.body("free-filings", 1);
        String number = body.replaceAll("(?s).*\"applicationNumber\": \"([^\"]+)\".*", "$1");
        Api.Answer written = city.post(list, body.replace(number, "CN " + number.toLowerCase()));
        assertEquals(201, written.status(), written::toString);
        assertEquals(number, written.json().getString("applicationNumber"), "stored normalised");

        assertViolation(city.post(list, RecordSamples.body("free-filings", 1)
                .replaceAll("\"applicationNumber\": \"[^\"]+\"", "\"applicationNumber\": \"201710123456.7\"")),
                "applicationNumber");
        assertViolation(city.post(list, RecordSamples.body("free-filings", 1)
                .replace("\"INVENTION\"", "\"DESIGN\"")), "applicationNumber");
        Api.Answer again = city.post(list, body.replace(number, "CN " + number));
        assertEquals(409, again.status(), "the same number, however written, is already taken: " + again);
        assertEquals("applicationNumber", again.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void referencesMustFitTheCity() {
        assertViolation(city.post("/api/v1/cities/1/trusteeship-contracts",
                RecordSamples.body("trusteeship-contracts", 1).replace("\"agencyId\": 1", "\"agencyId\": 3")), "agencyId");
        assertViolation(city.post("/api/v1/cities/1/free-filings",
                RecordSamples.body("free-filings", 1).replace("\"attorneyId\": 1", "\"attorneyId\": 5")), "attorneyId");
        assertViolation(city.post("/api/v1/cities/1/vouchers",
                RecordSamples.body("vouchers", 1).replace("\"redeemedAgencyId\": 1", "\"redeemedAgencyId\": 99999")),
                "redeemedAgencyId");
        assertViolation(city.post("/api/v1/cities/1/protection-centres",
                RecordSamples.body("protection-centres", 1).replace("\"parkId\": 1", "\"parkId\": 4")), "parkId");
        assertViolation(city.post("/api/v1/cities/1/protection-centres",
                RecordSamples.body("protection-centres", 1).replace("\"OPERATING\"", "\"PLANNED\"")), "activity");
        assertViolation(Api.as("agency-1").post("/api/v1/cities/1/trusteeship-contracts",
                RecordSamples.body("trusteeship-contracts", 1).replace("\"agencyId\": 1", "\"agencyId\": 2")), "agencyId");
    }

    @Test
    void aVoucherNumberIsUniqueWithinItsCity() {
        String body = RecordSamples.body("vouchers", 1);
        assertEquals(201, city.post("/api/v1/cities/1/vouchers", body).status());
        Api.Answer again = city.post("/api/v1/cities/1/vouchers", body);
        assertEquals(409, again.status(), again::toString);
        assertEquals("voucherNumber", again.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(201, Api.as("city-2").post("/api/v1/cities/2/vouchers",
                body.replace("\"redeemedAgencyId\": 1", "\"redeemedAgencyId\": 3")).status(), "another city may use it");
    }

    @Test
    void agenciesAndTheirAttorneysAreListed() {
        var agencies = (jakarta.json.JsonArray) city.get("/api/v1/agencies").structure();
        JsonObject first = agencies.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getInt("id") == 1).findFirst().orElseThrow();
        assertTrue(first.getJsonArray("cityIds").toString().contains("1"));
        var attorneys = (jakarta.json.JsonArray) city.get("/api/v1/agencies/1/attorneys").structure();
        assertEquals(3, attorneys.size());
        assertEquals(404, city.get("/api/v1/agencies/99999/attorneys").status());
    }
}
