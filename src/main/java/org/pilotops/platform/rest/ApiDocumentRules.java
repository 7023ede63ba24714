package org.pilotops.platform.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What the API document says the same way for every call, added once the resources are scanned: the RFC 9457
 * {@code Problem} schema that {@link Problems} writes, as the body of every 4xx and 5xx answer; the 401 of the
 * authentication every call needs; the 415 and 403 of {@code CrossSiteRequestFilter} for every change. The
 * calls' own refusals (which codes, and why) are their resources' annotations; this adds only their body, so
 * it is described once. It also tidies what Payara makes of {@code @Schema(implementation = …)} in an
 * annotation: the annotation's defaults written out ({@code maxProperties: 0} would forbid every property),
 * an array given its items' properties, and an inline copy of a DTO its components already hold.
 */
public final class ApiDocumentRules {

    public static final String PROBLEM = "Problem";
    public static final String VIOLATION = "Violation";
    public static final String ROW_VIOLATION = "RowViolation";

    private ApiDocumentRules() {
    }

    /** Applies the rules to a scanned document. */
    public static void apply(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(api.getComponents());
        if (api.getTags() != null) {
            api.setTags(onceEach(api.getTags()));
        }
        if (api.getPaths() == null) {
            return;
        }
        Map<String, Schema> components = api.getComponents().getSchemas() == null ? Map.of()
                : api.getComponents().getSchemas();
        for (PathItem path : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getOperations().entrySet()) {
                describeRefusals(operation.getKey(), operation.getValue());
                tidy(operation.getValue(), components);
            }
        }
    }

    /** A reference to a schema of the document's components. */
    public static Schema ref(String schema) {
        return OASFactory.createSchema().ref(schema);
    }

    private static void addProblemSchemas(Components components) {
        components.addSchema(VIOLATION, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("A field at fault and what is wrong with it, in the caller's language")
                .addProperty("field", text("The field, query parameter or header at fault; `body` for a body "
                        + "that is not a JSON object"))
                .addProperty("message", text("What is wrong, in the `Accept-Language` (Chinese unless English is asked for)"))
                .required(List.of("field", "message")));
        components.addSchema(ROW_VIOLATION, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("A cell at fault in an imported file")
                .addProperty("row", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                        .description("The file's row"))
                .addProperty("field", text("The column"))
                .addProperty("message", text("What is wrong, in the `Accept-Language`"))
                .required(List.of("row", "field", "message")));
        components.addSchema(PROBLEM, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("A refusal (RFC 9457): nothing was changed")
                .addProperty("type", text("`urn:pilotops:problem:` and the kind of refusal, e.g. "
                        + "`urn:pilotops:problem:invalid-input`, `…:stale-version`, `…:year-locked`"))
                .addProperty("title", text("The kind of refusal in words"))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", text("This refusal in words"))
                .addProperty("violations", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .items(ref(VIOLATION)).description("For bad input: every field at fault, all at once"))
                .addProperty("rows", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .items(ref(ROW_VIOLATION)).description("For a file: every bad cell, all at once"))
                .required(List.of("type", "title", "status", "detail")));
    }

    private static void describeRefusals(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "401", "Not signed in, or wrong credentials (HTTP Basic)");
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            addIfAbsent(responses, "403", "A cross-site request: a foreign `Origin` or `Sec-Fetch-Site`");
            addIfAbsent(responses, "415", "`unsupported-content-type`: a body of a type the call does not take, "
                    + "or a change without `Content-Type: application/json` or `X-Requested-With`");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            String code = response.getKey();
            APIResponse answer = response.getValue();
            if ((code.startsWith("4") || code.startsWith("5")) && answer.getRef() == null
                    && (answer.getContent() == null || answer.getContent().getMediaTypes().isEmpty())) {
                answer.setContent(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(ref(PROBLEM))));
            }
        }
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** One tag of each name, with the first description given for it. */
    private static List<Tag> onceEach(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag kept = byName.putIfAbsent(tag.getName(), tag);
            if (kept != null && kept.getDescription() == null) {
                kept.setDescription(tag.getDescription());
            }
        }
        return new ArrayList<>(byName.values());
    }

    private static void tidy(Operation operation, Map<String, Schema> components) {
        if (operation.getRequestBody() != null) {
            tidy(operation.getRequestBody().getContent(), components);
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(r -> tidy(r.getContent(), components));
        }
    }

    private static void tidy(Content content, Map<String, Schema> components) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType type : content.getMediaTypes().values()) {
            if (type.getSchema() != null) {
                type.setSchema(tidy(type.getSchema(), components));
            }
        }
    }

    /**
     * The schema without the annotation defaults Payara writes out, an array without properties of its own, and
     * an inline object replaced by a reference to the one component with the same properties.
     */
    private static Schema tidy(Schema schema, Map<String, Schema> components) {
        if (schema.getRef() != null) {
            return schema;
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Objects.equals(schema.getMinLength(), 0)) {
            schema.setMinLength(null);
        }
        if (Objects.equals(schema.getMaxProperties(), 0) && Objects.equals(schema.getMinProperties(), 0)) {
            schema.setMaxProperties(null);
            schema.setMinProperties(null);
        }
        if (schema.getType() == SchemaType.ARRAY) {
            schema.setProperties(null);
        }
        if (schema.getItems() != null) {
            schema.setItems(tidy(schema.getItems(), components));
        }
        if (schema.getType() == SchemaType.OBJECT && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Set<String> properties = schema.getProperties().keySet();
            List<String> same = components.entrySet().stream()
                    .filter(c -> c.getValue().getProperties() != null && c.getValue().getProperties().keySet().equals(properties))
                    .map(Map.Entry::getKey).toList();
            if (same.size() == 1) {
                return ref(same.get(0));
            }
            Map<String, Schema> tidied = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> tidied.put(name, tidy(property, components)));
            schema.setProperties(tidied);
        }
        return schema;
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }
}
