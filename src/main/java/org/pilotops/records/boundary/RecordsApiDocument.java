package org.pilotops.records.boundary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.pilotops.platform.field.JsonShape;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.rest.ApiDocumentRules;
import org.pilotops.records.control.RecordFile;

/**
 * The API document from the record kinds' descriptors ({@code mp.openapi.filter}). The annotations of
 * {@link RecordsResource} describe its calls once, on the generic path {@code cities/{cityId}/{kind}}; this
 * filter replaces those paths by one set per kind ({@code cities/{cityId}/navigation-projects …}), each with
 * the kind's request and response schemas made from its {@link RecordField fields}: names, JSON types and
 * formats, enumerations, limits and required fields as the field types read them ({@link JsonShape}), so a
 * client generated from the document sends what the server accepts. Then it adds the problem body to every
 * refusal ({@link ApiDocumentRules}).
 *
 * <p>Payara builds the document once, on the first request for {@code /openapi}, and instantiates this filter
 * itself, outside CDI. The kinds are handed over by {@link RecordKinds} when the application starts (the one
 * list CDI knows); a document asked for before that waits for them.
 */
public class RecordsApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(RecordsApiDocument.class.getName());
    /** The generic path segment the kinds replace. */
    static final String KIND = "{kind}";
    private static final String JSON = "application/json";
    private static final String XLSX = RecordFile.XLSX.format().mediaType();
    private static final String CSV = RecordFile.CSV.format().mediaType();
    private static final String RECORD_CHANGE = "RecordChange";
    private static final String IMPORT_REPORT = "ImportReport";

    private static final CountDownLatch KNOWN = new CountDownLatch(1);
    private static volatile List<Described> kinds = List.of();

    /** What the document needs of a kind, read once when the application starts. */
    record Described(String path, String schema, String name, boolean agenciesMayLog,
                     List<RecordField<?, ?>> fields, List<String> filters, List<String> sortable) {

        static Described of(RecordKind<? extends CityRecord> kind) {
            return new Described(kind.path(), kind.entityClass().getSimpleName(),
                    Messages.text(Locale.ENGLISH, "kind." + kind.path(), List.of()), kind.agenciesMayLog(),
                    List.copyOf(kind.fields()), kind.filterNames(), kind.sortableNames());
        }
    }

    /** Called by {@link RecordKinds} at start-up with every kind CDI knows. */
    static void kindsAre(List<RecordKind<? extends CityRecord>> all) {
        kinds = all.stream().map(Described::of).toList();
        KNOWN.countDown();
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        try {
            if (!KNOWN.await(2, TimeUnit.MINUTES)) {
                LOG.severe("The record kinds were not known within 2 minutes: the API document shows the generic path");
            }
            describe(api, kinds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Payara keeps whatever document it has when a filter fails; say so instead of failing the request.
            LOG.log(Level.SEVERE, "Could not describe the record kinds in the API document", e);
        }
        ApiDocumentRules.apply(api);
    }

    /** Replaces the generic paths by the kinds' own and adds their schemas. */
    static void describe(OpenAPI api, List<Described> all) {
        if (all.isEmpty() || api.getPaths() == null) {
            return;
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        addCommonSchemas(api);
        Map<String, PathItem> generic = new LinkedHashMap<>();
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (path.contains("/" + KIND)) {
                generic.put(path, item);
            }
        });
        generic.keySet().forEach(api.getPaths()::removePathItem);
        for (Described kind : all) {
            addSchemas(api, kind);
            api.addTag(OASFactory.createTag().name(kind.name())
                    .description(Messages.text(Messages.CHINESE, "kind." + kind.path(), List.of())
                            + ": `" + kind.path() + "`"));
            generic.forEach((path, item) -> {
                String suffix = path.substring(path.indexOf("/" + KIND) + KIND.length() + 1);
                PathItem concrete = OASFactory.createPathItem();
                item.getOperations().forEach((method, operation) ->
                        concrete.setOperation(method, operation(kind, suffix, method, operation)));
                api.getPaths().addPathItem(path.replace(KIND, kind.path()), concrete);
            });
        }
        if (api.getTags() != null) {
            List<Tag> used = new ArrayList<>(api.getTags());
            used.removeIf(tag -> "Records".equals(tag.getName()));
            api.setTags(used);
        }
    }

    /** The kind's copy of one generic call, with its schemas. */
    private static Operation operation(Described kind, String suffix, PathItem.HttpMethod method, Operation generic) {
        Operation operation = OASFactory.createOperation()
                .summary(generic.getSummary() == null ? null : words(kind, generic.getSummary()))
                .description(generic.getDescription() == null ? null : words(kind, generic.getDescription()))
                .operationId(generic.getOperationId() == null ? null : generic.getOperationId()
                        .replace("{Records}", capitalised(camel(kind.path()))).replace("{Record}", kind.schema()))
                .tags(new ArrayList<>(List.of(kind.name())));
        operation.setSecurity(generic.getSecurity());
        List<Parameter> parameters = new ArrayList<>();
        if (generic.getParameters() != null) {
            generic.getParameters().stream()
                    .filter(p -> !(p.getIn() == Parameter.In.PATH && "kind".equals(p.getName())))
                    .filter(p -> !(p.getIn() == Parameter.In.HEADER && "Content-Type".equalsIgnoreCase(p.getName())))
                    .forEach(parameters::add);
        }
        String call = method + " " + suffix;
        Map<String, Content> answers = new LinkedHashMap<>();
        switch (call) {
            case "GET " -> {
                parameters.removeIf(p -> p.getIn() == Parameter.In.QUERY
                        && List.of("year", "page", "size", "sort").contains(p.getName()));
                parameters.addAll(pageParameters());
                parameters.add(sortParameter(kind));
                kind.filters().forEach(name -> parameters.add(filterParameter(kind, name)));
                answers.put("200", json(ApiDocumentRules.ref(kind.schema() + "Page")));
            }
            case "POST " -> {
                operation.setRequestBody(OASFactory.createRequestBody().required(true)
                        .content(json(ApiDocumentRules.ref(kind.schema() + "Input"))));
                answers.put("201", json(ApiDocumentRules.ref(kind.schema())));
            }
            case "GET /{id}" -> answers.put("200", json(ApiDocumentRules.ref(kind.schema())));
            case "PUT /{id}" -> {
                operation.setRequestBody(OASFactory.createRequestBody().required(true)
                        .content(json(ApiDocumentRules.ref(kind.schema() + "Update"))));
                answers.put("200", json(ApiDocumentRules.ref(kind.schema())));
            }
            case "GET /{id}/history" -> answers.put("200", json(OASFactory.createSchema().type(SchemaType.ARRAY)
                    .items(ApiDocumentRules.ref(RECORD_CHANGE))));
            case "POST /import" -> {
                operation.setRequestBody(OASFactory.createRequestBody().required(true).content(files()));
                answers.put("200", json(ApiDocumentRules.ref(IMPORT_REPORT)));
                answers.put("201", json(ApiDocumentRules.ref(IMPORT_REPORT)));
            }
            case "GET /export" -> answers.put("200", files());
            default -> {
                // a call this filter does not know keeps what its annotations say
            }
        }
        operation.setParameters(parameters);
        APIResponses responses = OASFactory.createAPIResponses();
        if (generic.getResponses() != null) {
            generic.getResponses().getAPIResponses().forEach((code, response) -> {
                APIResponse copy = OASFactory.createAPIResponse()
                        .description(response.getDescription() == null ? null : words(kind, response.getDescription()))
                        .content(answers.getOrDefault(code, response.getContent()));
                copy.setHeaders(response.getHeaders());
                responses.addAPIResponse(code, copy);
            });
        }
        answers.forEach((code, content) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description("OK").content(content));
            }
        });
        return operation.responses(responses);
    }

    /** The schemas every kind's calls share: a record's history and an import's report. */
    private static void addCommonSchemas(OpenAPI api) {
        api.getComponents().addSchema(RECORD_CHANGE, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("One audited change of a record")
                .addProperty("at", text().format("date-time"))
                .addProperty("actor", text().description("The account"))
                .addProperty("action", text().description("CREATE, UPDATE or DELETE"))
                .addProperty("source", text().nullable(true).description("Where the change came from"))
                .addProperty("importId", text().description("The import that made the change, if one did"))
                .addProperty("changes", OASFactory.createSchema().type(SchemaType.ARRAY).items(
                        OASFactory.createSchema().type(SchemaType.OBJECT)
                                .addProperty("field", text())
                                .addProperty("before", text().nullable(true))
                                .addProperty("after", text().nullable(true))))
                .required(List.of("at", "actor", "action", "changes")));
        api.getComponents().addSchema(IMPORT_REPORT, OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("What a file holds and what an import did with it")
                .addProperty("dryRun", OASFactory.createSchema().type(SchemaType.BOOLEAN))
                .addProperty("stored", OASFactory.createSchema().type(SchemaType.BOOLEAN))
                .addProperty("total", count().description("Rows read"))
                .addProperty("created", count().description("Rows that add a record"))
                .addProperty("updated", count().description("Rows that correct a record (an `id` column)"))
                .addProperty("unchanged", count().description("Rows equal to the stored record"))
                .addProperty("accepted", count())
                .addProperty("rejected", count())
                .addProperty("importId", text().nullable(true))
                .addProperty("rows", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .items(ApiDocumentRules.ref(ApiDocumentRules.ROW_VIOLATION)))
                .required(List.of("dryRun", "stored", "total", "created", "updated", "unchanged", "accepted",
                        "rejected", "importId", "rows")));
    }

    /**
     * {@code <Kind>}: a record as answered, the common fields then the kind's own, every one present (null
     * when empty); {@code <Kind>Input}: what a {@code POST} sends, the kind's fields with the required ones;
     * {@code <Kind>Update}: the same with the {@code version} read; {@code <Kind>Page}: a list's page.
     */
    private static void addSchemas(OpenAPI api, Described kind) {
        Schema record = OASFactory.createSchema().type(SchemaType.OBJECT)
                .description(kind.name() + " (" + Messages.text(Messages.CHINESE, "kind." + kind.path(), List.of())
                        + "): a record as the API answers it");
        RecordKind.commonFieldShapes().forEach((name, shape) -> record.addProperty(name,
                schema(shape).description(common(name))));
        Schema input = OASFactory.createSchema().type(SchemaType.OBJECT)
                .description(kind.name() + ": a record to log. Fields of the record's answer that are not listed "
                        + "here (`id`, `cityId`, `createdAt` …) may be sent back unchanged; any other field is refused");
        Schema update = OASFactory.createSchema().type(SchemaType.OBJECT)
                .description(kind.name() + ": a record's correction, with the `version` read");
        List<String> required = new ArrayList<>();
        for (RecordField<?, ?> field : kind.fields()) {
            JsonShape shape = field.type().jsonShape();
            String description = label(kind, field.name());
            record.addProperty(field.name(), (field.required() ? schema(shape) : schema(shape.orNull()))
                    .description(description));
            input.addProperty(field.name(), request(field.required() ? shape : shape.orNull()).description(description));
            update.addProperty(field.name(), request(field.required() ? shape : shape.orNull()).description(description));
            if (field.required()) {
                required.add(field.name());
            }
        }
        update.addProperty("version", schema(RecordKind.commonFieldShapes().get("version")).description(common("version")));
        List<String> answered = new ArrayList<>(RecordKind.commonFieldShapes().keySet());
        kind.fields().forEach(f -> answered.add(f.name()));
        record.setRequired(answered);
        input.setRequired(required);
        List<String> withVersion = new ArrayList<>(required);
        withVersion.add("version");
        update.setRequired(withVersion);
        api.getComponents().addSchema(kind.schema(), record);
        api.getComponents().addSchema(kind.schema() + "Input", input);
        api.getComponents().addSchema(kind.schema() + "Update", update);
        api.getComponents().addSchema(kind.schema() + "Page", OASFactory.createSchema().type(SchemaType.OBJECT)
                .description(kind.name() + ": a page of a list")
                .addProperty("items", OASFactory.createSchema().type(SchemaType.ARRAY).items(ApiDocumentRules.ref(kind.schema())))
                .addProperty("total", OASFactory.createSchema().type(SchemaType.INTEGER).format("int64")
                        .description("Records that match, on every page"))
                .addProperty("page", count().description("The page, from 0"))
                .addProperty("size", count().description("Records per page, at most 500"))
                .required(List.of("items", "total", "page", "size")));
    }

    /** A shape as answered. */
    static Schema schema(JsonShape shape) {
        Schema schema = OASFactory.createSchema().type(SchemaType.valueOf(shape.type().toUpperCase(Locale.ROOT)));
        if (shape.format() != null) {
            schema.setFormat(shape.format());
        }
        if (shape.pattern() != null) {
            schema.setPattern(shape.pattern());
        }
        if (!shape.choices().isEmpty()) {
            schema.setEnumeration(new ArrayList<>(shape.choices()));
        }
        if (shape.minimum() != null) {
            schema.setMinimum(shape.minimum());
        }
        if (shape.maximum() != null) {
            schema.setMaximum(shape.maximum());
            if (shape.maximumExcluded()) {
                schema.setExclusiveMaximum(true);
            }
        }
        if (shape.maxLength() != null) {
            schema.setMaxLength(shape.maxLength());
        }
        if (shape.multipleOf() != null) {
            schema.setMultipleOf(shape.multipleOf());
        }
        if (shape.earliest() != null) {
            schema.addExtension("x-earliest", shape.earliest());
            schema.addExtension("x-latest", shape.latest());
        }
        if (shape.nullable()) {
            schema.setNullable(true);
        }
        if (shape.items() != null) {
            schema.setItems(schema(shape.items()));
        }
        if (!shape.members().isEmpty()) {
            shape.members().forEach((name, member) -> schema.addProperty(name, schema(member)));
            schema.setRequired(new ArrayList<>(shape.members().keySet()));
        }
        return schema;
    }

    /** A shape as a request may send it: one of the shapes the field type reads. */
    static Schema request(JsonShape shape) {
        if (shape.alsoAccepted().isEmpty()) {
            return schema(shape);
        }
        List<Schema> alternatives = new ArrayList<>();
        alternatives.add(schema(shape));
        shape.alsoAccepted().forEach(other -> alternatives.add(schema(shape.nullable() ? other.orNull() : other)));
        return OASFactory.createSchema().oneOf(alternatives);
    }

    /** {@code year}, {@code page} and {@code size} of a list, with the bounds {@link RecordQuery} checks. */
    private static List<Parameter> pageParameters() {
        return List.of(
                OASFactory.createParameter().name("year").in(Parameter.In.QUERY)
                        .description("Records of this reporting year only")
                        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.valueOf(RecordQuery.EARLIEST_YEAR))
                                .maximum(BigDecimal.valueOf(RecordQuery.LATEST_YEAR))),
                OASFactory.createParameter().name("page").in(Parameter.In.QUERY).description("The page, from 0")
                        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.ZERO).defaultValue(0)),
                OASFactory.createParameter().name("size").in(Parameter.In.QUERY).description("Records per page")
                        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(RecordQuery.MAX_SIZE))
                                .defaultValue(RecordQuery.DEFAULT_SIZE)));
    }

    private static Parameter sortParameter(Described kind) {
        List<Object> orders = new ArrayList<>();
        kind.sortable().forEach(name -> {
            orders.add(name);
            orders.add("-" + name);
        });
        return OASFactory.createParameter().name("sort").in(Parameter.In.QUERY)
                .description("The field to sort by, `-` first for descending; ties in `id` order the same way round")
                .schema(OASFactory.createSchema().type(SchemaType.STRING).enumeration(orders).defaultValue("-id"));
    }

    private static Parameter filterParameter(Described kind, String name) {
        boolean text = kind.fields().stream().filter(f -> f.name().equals(name)).anyMatch(f -> f.type().matchesPart());
        boolean ranged = kind.fields().stream().filter(f -> f.name().equals(name)).anyMatch(f -> f.type().ranged());
        String how = text ? "Records whose text contains this (wildcards taken literally)"
                : ranged ? "Records with exactly this value, or in a range `from..to` with either end open"
                : "Records with exactly this value";
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY)
                .description(how + "; a value the field cannot read is refused naming it")
                .schema(OASFactory.createSchema().type(SchemaType.STRING));
    }

    private static Schema text() {
        return OASFactory.createSchema().type(SchemaType.STRING);
    }

    private static Schema count() {
        return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }

    private static Content json(Schema schema) {
        return OASFactory.createContent().addMediaType(JSON, OASFactory.createMediaType().schema(schema));
    }

    private static Content files() {
        return OASFactory.createContent()
                .addMediaType(CSV, OASFactory.createMediaType().schema(OASFactory.createSchema().type(SchemaType.STRING)
                        .description("UTF-8, a header row of the field names")))
                .addMediaType(XLSX, OASFactory.createMediaType().schema(OASFactory.createSchema().type(SchemaType.STRING)
                        .format("binary").description("The first sheet, a header row of the field names")));
    }

    /** A generic text in the kind's words: {@code {Kind}}, {@code {writers}} and {@code {readers}}. */
    private static String words(Described kind, String text) {
        return text.replace("{Kind}", kind.name())
                .replace("{writers}", kind.agenciesMayLog()
                        ? "the city's reporters; staff of an agency serving the city, their own agency's"
                        : "the city's reporters")
                .replace("{readers}", kind.agenciesMayLog()
                        ? "the city's reporters, its reviewers; agency staff their agency's"
                        : "the city's reporters, its reviewers");
    }

    /** The field's label and, where the portal shows one, its help: in Chinese, then in English. */
    private static String label(Described kind, String field) {
        String key = "kind." + kind.path() + "." + field;
        String label = Messages.text(Messages.CHINESE, key, List.of()) + " / " + Messages.text(Locale.ENGLISH, key, List.of());
        String help = "help." + field;
        return Messages.text(Locale.ENGLISH, help, List.of()).equals(help) ? label
                : label + ". " + Messages.text(Messages.CHINESE, help, List.of()) + " / "
                        + Messages.text(Locale.ENGLISH, help, List.of());
    }

    private static String common(String name) {
        return switch (name) {
            case "id" -> "The record's id";
            case "cityId" -> "The city whose record it is";
            case "year" -> "The reporting year: the year of the record's main date";
            case "version" -> "Increases with every change; a PUT or DELETE carries the one it read";
            case "source" -> "Where the record came from";
            case "loggingAgencyId" -> "The agency whose staff logged the record; null when the city did";
            case "createdBy", "updatedBy" -> "The account";
            default -> "When";
        };
    }

    private static String camel(String path) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : path.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
