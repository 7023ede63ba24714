package org.pilotops.city.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pilotops.platform.problem.Violation;

/**
 * A JSON body read into the text of a {@link CityService} form, field by field. JSON types are held to
 * what the field is (a name is a string, a year an integer, a flag a boolean, a figure a number or a
 * decimal string, as money is elsewhere in the API); what the text means is the service's to check, the
 * same way for the API and the portal, and it reports what was unreadable here with its own findings. Names the body must not carry are refused, so a misspelt field is
 * never silently dropped; names that only repeat what the API answers are tolerated, so a client can send
 * back what it read.
 */
final class JsonForm {

    private final JsonObject body;
    private final List<Violation> violations = new ArrayList<>();

    private JsonForm(JsonObject body) {
        this.body = body;
    }

    /**
     * @param accepted  the names the form reads
     * @param tolerated names of the answer that a body may repeat and that are ignored
     * @param refused   names a body must not carry, with the message key saying why
     */
    static JsonForm of(JsonObject body, Set<String> accepted, Set<String> tolerated, String refusedKey,
                       Set<String> refused) {
        JsonForm form = new JsonForm(body);
        for (String name : body.keySet()) {
            if (refused.contains(name)) {
                form.violations.add(Violation.of(name, refusedKey));
            } else if (!accepted.contains(name) && !tolerated.contains(name)) {
                form.violations.add(Violation.of(name, "field.unknown"));
            }
        }
        return form;
    }

    static JsonForm of(JsonObject body, Set<String> accepted, Set<String> tolerated) {
        return of(body, accepted, tolerated, null, Set.of());
    }

    String text(String name) {
        JsonValue value = value(name);
        if (value == null || value instanceof JsonString) {
            return value == null ? null : ((JsonString) value).getString();
        }
        return wrongType(name, "string");
    }

    String integer(String name) {
        JsonValue value = value(name);
        if (value == null || value instanceof JsonNumber number && number.isIntegral()) {
            return value == null ? null : value.toString();
        }
        return wrongType(name, "integer");
    }

    /** A decimal figure: a JSON number, read through its decimal text and never a double, or a string. */
    String decimal(String name) {
        JsonValue value = value(name);
        if (value == null || value instanceof JsonNumber) {
            return value == null ? null : value.toString();
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return wrongType(name, "number");
    }

    String yesNo(String name) {
        JsonValue value = value(name);
        if (value == null || value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == null ? null : value.toString();
        }
        return wrongType(name, "boolean");
    }

    Long version() {
        String version = integer("version");
        try {
            return version == null ? null : Long.valueOf(version);
        } catch (NumberFormatException e) {
            violations.add(Violation.of("version", "field.version-required"));
            return null;
        }
    }

    /** A body may repeat an id of the URL, but must not contradict it. */
    JsonForm sameAs(String name, long expected, String key) {
        JsonValue value = body.get(name);
        if (value != null && value != JsonValue.NULL && !(value instanceof JsonNumber number && number.isIntegral()
                && number.bigIntegerValue().equals(java.math.BigInteger.valueOf(expected)))) {
            violations.add(Violation.of(name, key, expected));
        }
        return this;
    }

    /** What was wrong with the body before its text could be read; the service reports it with its own findings. */
    List<Violation> unreadable() {
        return List.copyOf(violations);
    }

    private JsonValue value(String name) {
        JsonValue value = body.get(name);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private String wrongType(String name, String expected) {
        violations.add(Violation.of(name, "field.wrong-type", expected));
        return null;
    }
}
