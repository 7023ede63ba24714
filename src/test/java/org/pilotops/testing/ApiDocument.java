package org.pilotops.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The portal's OpenAPI document, fetched once as JSON from {@code /openapi}, with what tests ask of it: its
 * operations, and a schema behind a {@code $ref}.
 */
public final class ApiDocument {

    /** The HTTP methods an OpenAPI path item may hold operations for. */
    public static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static JsonObject document;

    /** One operation of the document: its path, its method in lower case, and itself. */
    public record Operation(String path, String method, JsonObject operation) {

        @Override
        public String toString() {
            return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    private ApiDocument() {
    }

    /** The document, as the portal under test serves it to anyone. */
    public static synchronized JsonObject get() {
        if (document == null) {
            Api.Answer answer = Api.anonymous().send(Api.anonymous().request("/openapi").header("Accept", "application/json"));
            assertEquals(200, answer.status(), answer::toString);
            assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
            document = Json.createReader(new StringReader(answer.body())).readObject();
        }
        return document;
    }

    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        get().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(new Operation(path, method, operation.asJsonObject()));
            }
        }));
        return operations;
    }

    /** A schema of the document's components by its name. */
    public static JsonObject schema(String name) {
        JsonObject schemas = get().getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.containsKey(name), () -> "no schema " + name + " among " + schemas.keySet());
        return schemas.getJsonObject(name);
    }

    /** The schema itself, or the one its {@code $ref} names. */
    public static JsonObject resolved(JsonObject schema) {
        return schema.containsKey("$ref") ? schema(name(schema)) : schema;
    }

    /** The component name a {@code $ref} schema points to. */
    public static String name(JsonObject ref) {
        String target = ref.getString("$ref");
        return target.substring(target.lastIndexOf('/') + 1);
    }

    /** The schema of a media type of a request body or response, or null when it has none. */
    public static JsonObject schemaOf(JsonObject bodyOrResponse, String mediaType) {
        JsonValue content = bodyOrResponse.get("content");
        if (content == null || !content.asJsonObject().containsKey(mediaType)) {
            return null;
        }
        return content.asJsonObject().getJsonObject(mediaType).getJsonObject("schema");
    }
}
