package org.pilotops.platform.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Where the application makes its JSON values, builders and readers: from one JSON-P provider looked up
 * once. {@code jakarta.json.Json}'s static methods look the provider up through the service loader on
 * every call, which on a 20-row record list cost more than the query and the rest of the request
 * together (issue #11's stack samples: one look-up per value of every row).
 */
public final class JsonFactory {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonFactory() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    /** A builder that starts with the members of {@code base}. */
    public static JsonObjectBuilder object(JsonObject base) {
        return PROVIDER.createObjectBuilder(base);
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    /** An array builder that starts with {@code values}. */
    public static JsonArrayBuilder array(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }

    public static JsonString value(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber value(int value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber value(long value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber value(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonParser parser(Reader reader) {
        return PROVIDER.createParser(reader);
    }
}
