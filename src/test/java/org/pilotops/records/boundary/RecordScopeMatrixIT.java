package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pilotops.testing.Api;
import org.pilotops.testing.RecordSamples;

/**
 * Scope on the server, kind × role × (own city, other city) × verb, for every record kind. Demo data:
 * city-zjg reports for 张家港市 (1), city-2 for 温州市 (2); agency-1 serves 张家港市 but not
 * 温州市; province-js follows Jiangsu (张家港市, 常州市); national sees all; admin sees no records.
 * What a user may not see answers 404, never a hint that it exists; what they see but may not change, 403.
 * Agencies do not log pledge financing: for that kind agency-1 is refused (403) and has no records to act on.
 */
class RecordScopeMatrixIT {

    /** The record each row acts on: logged by the city itself, or by agency-1. */
    enum Target { CITY_RECORD, AGENCY_RECORD }

    static final String[] ROWS = {
            // user,       verb,   city, target,        expected
            "city-zjg,    LIST,   1, CITY_RECORD,   200",
            "city-zjg,    LIST,   2, CITY_RECORD,   404",
            "city-zjg,    GET,    1, CITY_RECORD,   200",
            "city-zjg,    GET,    1, AGENCY_RECORD, 200",
            "city-zjg,    GET,    2, CITY_RECORD,   404",
            "city-zjg,    POST,   1, CITY_RECORD,   201",
            "city-zjg,    POST,   2, CITY_RECORD,   404",
            "city-zjg,    PUT,    1, CITY_RECORD,   200",
            "city-zjg,    PUT,    1, AGENCY_RECORD, 200",
            "city-zjg,    PUT,    2, CITY_RECORD,   404",
            "city-zjg,    DELETE, 1, CITY_RECORD,   204",
            "city-zjg,    DELETE, 2, CITY_RECORD,   404",
            "city-2,      LIST,   2, CITY_RECORD,   200",
            "city-2,      LIST,   1, CITY_RECORD,   404",
            "city-2,      GET,    1, CITY_RECORD,   404",
            "city-2,      POST,   1, CITY_RECORD,   404",
            "city-2,      PUT,    1, CITY_RECORD,   404",
            "city-2,      DELETE, 1, CITY_RECORD,   404",
            "agency-1,    LIST,   1, CITY_RECORD,   200",
            "agency-1,    LIST,   2, CITY_RECORD,   404",
            "agency-1,    GET,    1, AGENCY_RECORD, 200",
            "agency-1,    GET,    1, CITY_RECORD,   404",
            "agency-1,    POST,   1, CITY_RECORD,   201",
            "agency-1,    POST,   2, CITY_RECORD,   404",
            "agency-1,    PUT,    1, AGENCY_RECORD, 200",
            "agency-1,    PUT,    1, CITY_RECORD,   404",
            "agency-1,    DELETE, 1, AGENCY_RECORD, 204",
            "agency-1,    DELETE, 1, CITY_RECORD,   404",
            "province-js, LIST,   1, CITY_RECORD,   200",
            "province-js, LIST,   2, CITY_RECORD,   404",
            "province-js, GET,    1, CITY_RECORD,   200",
            "province-js, GET,    2, CITY_RECORD,   404",
            "province-js, POST,   1, CITY_RECORD,   403",
            "province-js, PUT,    1, CITY_RECORD,   403",
            "province-js, DELETE, 1, CITY_RECORD,   403",
            "province-js, PUT,    2, CITY_RECORD,   404",
            "national,    LIST,   2, CITY_RECORD,   200",
            "national,    GET,    1, AGENCY_RECORD, 200",
            "national,    GET,    2, CITY_RECORD,   200",
            "national,    POST,   1, CITY_RECORD,   403",
            "national,    PUT,    2, CITY_RECORD,   403",
            "national,    DELETE, 1, CITY_RECORD,   403",
            "admin,       LIST,   1, CITY_RECORD,   404",
            "admin,       GET,    1, CITY_RECORD,   404",
            "admin,       POST,   1, CITY_RECORD,   404",
            "admin,       PUT,    1, CITY_RECORD,   404",
            "admin,       DELETE, 1, CITY_RECORD,   404",
    };

    static Stream<Arguments> matrix() {
        return RecordSamples.KINDS.stream().flatMap(kind -> Arrays.stream(ROWS).map(row -> row.split(",\\s*"))
                .filter(r -> RecordSamples.agenciesMayLog(kind) || !r[3].equals("AGENCY_RECORD"))
                .map(r -> Arguments.of(kind, r[0], r[1], Long.parseLong(r[2]), Target.valueOf(r[3]),
                        !RecordSamples.agenciesMayLog(kind) && r[0].equals("agency-1") && r[4].equals("201")
                                ? 403 : Integer.parseInt(r[4]))));
    }

    @ParameterizedTest(name = "{0}: {1} {2} city {3} ({4}) → {5}")
    @MethodSource("matrix")
    void scopeIsEnforcedOnTheServer(String kind, String user, String verb, long cityId, Target target, int expected) {
        String list = "/api/v1/cities/" + cityId + "/" + kind;
        JsonObject record = existing(kind, cityId, target);
        String one = list + "/" + record.getJsonNumber("id").longValue();
        Api api = Api.as(user);
        String body = RecordSamples.withVersion(RecordSamples.body(kind, cityId),
                record.getJsonNumber("version").longValue());

        Api.Answer answer = switch (verb) {
            case "LIST" -> api.get(list);
            case "GET" -> api.get(one);
            case "POST" -> api.post(list, body);
            case "PUT" -> api.put(one, body);
            case "DELETE" -> api.delete(one);
            default -> throw new IllegalArgumentException(verb);
        };

        assertEquals(expected, answer.status(), answer::toString);
        if (expected == 404) {
            assertTrue(answer.body().contains("not-found") && !answer.body().contains("样例"),
                    "a refused read reveals nothing: " + answer);
        }
        if (verb.equals("LIST") && expected == 200 && user.equals("agency-1")) {
            answer.json().getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(item -> assertEquals(1, item.getInt("loggingAgencyId"), "agency staff see only their agency's records"));
        }
        if (verb.equals("POST") && expected == 201) {
            assertEquals(user.equals("agency-1") ? "1" : "null", answer.json().get("loggingAgencyId").toString());
        }
    }

    /** A fresh record of the city, logged by its reporter or by agency-1, for each row to act on. */
    private static JsonObject existing(String kind, long cityId, Target target) {
        String author = target == Target.AGENCY_RECORD ? "agency-1" : cityId == 1 ? "city-zjg" : "city-2";
        Api.Answer created = Api.as(author).post("/api/v1/cities/" + cityId + "/" + kind,
                RecordSamples.body(kind, cityId));
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }
}
