package org.pilotops.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.field.JsonShape;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.testing.ApiDocument;

/**
 * The API describes itself: the document at {@code /openapi} names every call the resources declare (found
 * by reflection, so a new call without documentation fails here), each with a summary; every record kind's
 * descriptor is in it with its paths and its request and response schemas, field by field as the descriptor
 * says (type, format, enumeration, limits, required); and every refusal carries the problem schema.
 */
class OpenApiDocumentIT {

    /** Every kind CDI finds (RecordKinds injects every RecordKind bean): the concrete descriptor classes. */
    static List<RecordKind<?>> descriptors() {
        List<RecordKind<?>> kinds = new ArrayList<>();
        for (JavaClass type : mainClasses()) {
            if (type.isAssignableTo(RecordKind.class) && !type.getModifiers().contains(JavaModifier.ABSTRACT)) {
                try {
                    kinds.add((RecordKind<?>) type.reflect().getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot make " + type.getName(), e);
                }
            }
        }
        assertFalse(kinds.isEmpty(), "record kinds found");
        return kinds;
    }

    private static Iterable<JavaClass> mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pilotops");
    }

    /** Every JAX-RS call of the resources as {@code METHOD /api/v1/…}, the generic record path once per kind. */
    static Set<String> resourceMethods() {
        String base = "/" + ApiApplication.class.getAnnotation(ApplicationPath.class).value();
        List<String> kindPaths = descriptors().stream().map(RecordKind::path).toList();
        Set<String> calls = new TreeSet<>();
        for (JavaClass type : mainClasses()) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String root = base + "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = (root + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("/$", "");
                if (path.contains("{kind}")) {
                    kindPaths.forEach(kind -> calls.add(verb + " " + path.replace("{kind}", kind)));
                } else {
                    calls.add(verb + " " + path);
                }
            }
        }
        return calls;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    @Test
    void everyCallTheResourcesDeclareIsDocumentedWithASummary() {
        Set<String> calls = resourceMethods();
        List<ApiDocument.Operation> operations = ApiDocument.operations();
        Set<String> documented = operations.stream()
                .map(o -> o.method().toUpperCase(Locale.ROOT) + " " + o.path()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(calls);
        missing.removeAll(documented);
        assertTrue(missing.isEmpty(), () -> "calls missing from the document: " + missing);
        assertTrue(operations.size() >= calls.size(), operations.size() + " operations for " + calls.size() + " calls");
        for (ApiDocument.Operation operation : operations) {
            String summary = operation.operation().getString("summary", "");
            assertFalse(summary.isBlank(), () -> operation + " has no summary");
            assertFalse(summary.contains("{"), () -> operation + " has an unreplaced word: " + summary);
            assertTrue(operation.operation().containsKey("operationId"), () -> operation + " has no operationId");
        }
        Set<String> ids = new LinkedHashSet<>();
        operations.forEach(o -> assertTrue(ids.add(o.operation().getString("operationId")),
                () -> "operationId used twice: " + o.operation().getString("operationId")));
        assertTrue(ApiDocument.get().getJsonObject("paths").keySet().stream().noneMatch(p -> p.contains("{kind}")),
                "the generic record path is replaced by the kinds' own");
        System.out.printf("OpenApiDocumentIT: %d operations for %d JAX-RS calls, %d schemas%n", operations.size(),
                calls.size(), ApiDocument.get().getJsonObject("components").getJsonObject("schemas").size());
    }

    @Test
    void everyKindIsDescribedFieldByFieldAsItsDescriptorSays() {
        for (RecordKind<?> kind : descriptors()) {
            String list = "/api/v1/cities/{cityId}/" + kind.path();
            JsonObject paths = ApiDocument.get().getJsonObject("paths");
            for (String path : List.of(list, list + "/{id}", list + "/{id}/history", list + "/import", list + "/export")) {
                assertTrue(paths.containsKey(path), () -> "no path " + path);
            }
            JsonObject create = paths.getJsonObject(list).getJsonObject("post");
            JsonObject input = ApiDocument.schemaOf(create.getJsonObject("requestBody"), "application/json");
            assertNotNull(input, kind.path() + " create has a JSON body");
            String name = ApiDocument.name(input);
            assertEquals(kind.entityClass().getSimpleName() + "Input", name);
            assertFields(kind, ApiDocument.schema(name), true, List.of());

            JsonObject update = ApiDocument.schemaOf(paths.getJsonObject(list + "/{id}").getJsonObject("put")
                    .getJsonObject("requestBody"), "application/json");
            assertFields(kind, ApiDocument.resolved(update), true, List.of("version"));

            JsonObject created = ApiDocument.schemaOf(create.getJsonObject("responses").getJsonObject("201"), "application/json");
            assertNotNull(created, kind.path() + " create answers a record");
            JsonObject record = ApiDocument.resolved(created);
            assertFields(kind, record, false, RecordKind.COMMON_FIELDS);
            RecordKind.commonFieldShapes().forEach((field, shape) ->
                    assertShape(kind.path() + "." + field, shape, record.getJsonObject("properties").getJsonObject(field)));

            JsonObject page = ApiDocument.resolved(ApiDocument.schemaOf(paths.getJsonObject(list).getJsonObject("get")
                    .getJsonObject("responses").getJsonObject("200"), "application/json"));
            assertEquals(ApiDocument.name(created), ApiDocument.name(page.getJsonObject("properties")
                    .getJsonObject("items").getJsonObject("items")), "a page lists the kind's records");
            Set<String> parameters = paths.getJsonObject(list).getJsonObject("get").getJsonArray("parameters")
                    .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).collect(Collectors.toSet());
            assertTrue(parameters.containsAll(kind.filterNames()), () -> kind.path() + " lists its filters: " + parameters);
        }
    }

    /**
     * The schema's properties are the descriptor's fields (and {@code extra} before them), each of the field
     * type's shape; its required list is the descriptor's (all of them in an answer, which holds every field).
     */
    private static void assertFields(RecordKind<?> kind, JsonObject schema, boolean request, List<String> extra) {
        JsonObject properties = schema.getJsonObject("properties");
        Set<String> expected = new LinkedHashSet<>(extra);
        kind.fields().forEach(f -> expected.add(f.name()));
        assertEquals(expected, properties.keySet(), kind.path() + " fields");
        Set<String> required = new TreeSet<>(extra);
        for (RecordField<?, ?> field : kind.fields()) {
            if (field.required() || !request) {
                required.add(field.name());
            }
            // An optional field may be null, in a request as in an answer.
            JsonShape shape = field.required() ? field.type().jsonShape() : field.type().jsonShape().orNull();
            JsonObject property = properties.getJsonObject(field.name());
            String where = kind.path() + "." + field.name();
            if (request && !shape.alsoAccepted().isEmpty()) {
                JsonArray alternatives = property.getJsonArray("oneOf");
                assertNotNull(alternatives, where + " is one of the shapes it reads");
                assertShape(where, shape, alternatives.getJsonObject(0));
                for (int i = 0; i < shape.alsoAccepted().size(); i++) {
                    JsonShape other = shape.alsoAccepted().get(i);
                    assertShape(where, shape.nullable() ? other.orNull() : other, alternatives.getJsonObject(i + 1));
                }
            } else {
                assertShape(where, shape, property);
            }
            assertFalse(property.getString("description", "").isBlank(), where + " is described");
        }
        assertEquals(required, new TreeSet<>(schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList()), kind.path() + " required fields");
    }

    private static void assertShape(String where, JsonShape shape, JsonObject schema) {
        assertEquals(shape.type(), schema.getString("type"), where + " type");
        assertEquals(shape.format(), schema.getString("format", null), where + " format");
        assertEquals(shape.pattern(), schema.getString("pattern", null), where + " pattern");
        List<String> choices = schema.containsKey("enum") ? schema.getJsonArray("enum").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList() : List.of();
        assertEquals(shape.choices(), choices, where + " enumeration");
        assertNumber(where + " minimum", shape.minimum(), schema.get("minimum"));
        assertNumber(where + " maximum", shape.maximum(), schema.get("maximum"));
        assertEquals(shape.maximumExcluded(), schema.getBoolean("exclusiveMaximum", false), where + " exclusiveMaximum");
        assertEquals(shape.maxLength(), schema.containsKey("maxLength") ? schema.getInt("maxLength") : null,
                where + " maxLength");
        assertNumber(where + " multipleOf", shape.multipleOf(), schema.get("multipleOf"));
        assertEquals(shape.earliest(), schema.getString("x-earliest", null), where + " earliest");
        assertEquals(shape.latest(), schema.getString("x-latest", null), where + " latest");
        assertEquals(shape.nullable(), schema.getBoolean("nullable", false), where + " nullable");
        if (shape.items() != null) {
            assertShape(where + "[]", shape.items(), schema.getJsonObject("items"));
        }
        if (!shape.members().isEmpty()) {
            JsonObject members = schema.getJsonObject("properties");
            assertEquals(shape.members().keySet(), members.keySet(), where + " members");
            for (Map.Entry<String, JsonShape> member : shape.members().entrySet()) {
                assertShape(where + "." + member.getKey(), member.getValue(), members.getJsonObject(member.getKey()));
            }
            assertEquals(List.copyOf(shape.members().keySet()), schema.getJsonArray("required")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(), where + " required members");
        }
    }

    private static void assertNumber(String what, BigDecimal expected, JsonValue actual) {
        if (expected == null) {
            assertTrue(actual == null, what + " is absent");
        } else {
            assertTrue(actual instanceof JsonNumber, what + " is a number: " + actual);
            assertEquals(0, expected.compareTo(((JsonNumber) actual).bigDecimalValue()), what + ": " + actual);
        }
    }

    @Test
    void everyRefusalCarriesTheProblemSchema() {
        JsonObject problem = ApiDocument.schema("Problem");
        assertTrue(problem.getJsonObject("properties").keySet().containsAll(
                List.of("type", "title", "status", "detail", "violations")), problem::toString);
        assertEquals("Violation", ApiDocument.name(problem.getJsonObject("properties").getJsonObject("violations")
                .getJsonObject("items")));
        assertEquals(Set.of("field", "message"), ApiDocument.schema("Violation").getJsonObject("properties").keySet());
        int refusals = 0;
        for (ApiDocument.Operation operation : ApiDocument.operations()) {
            JsonObject responses = operation.operation().getJsonObject("responses");
            assertTrue(responses.containsKey("401"), () -> operation + " says it needs credentials");
            for (String code : responses.keySet()) {
                if (code.startsWith("4") || code.startsWith("5")) {
                    JsonObject schema = ApiDocument.schemaOf(responses.getJsonObject(code), Problems.MEDIA_TYPE);
                    assertNotNull(schema, () -> operation + " " + code + " is a problem");
                    assertEquals("Problem", ApiDocument.name(schema), () -> operation + " " + code);
                    refusals++;
                }
            }
            if (Set.of("post", "put", "delete").contains(operation.method())) {
                assertTrue(responses.containsKey("415") && responses.containsKey("403"),
                        () -> operation + " names the cross-site refusals");
            }
        }
        assertTrue(refusals > 100, refusals + " refusals described");
    }
}
