package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pilotops.filing.entity.PatentType;
import org.pilotops.platform.field.ApplicationNumbers;
import org.pilotops.platform.field.CreditCodes;
import org.pilotops.testing.Api;
import org.pilotops.testing.ApiDocument;
import org.pilotops.testing.Fixtures;

/**
 * The API document tests the server. From the document the portal serves, this sends over ten thousand requests
 * to the record kinds' calls: valid bodies built from each kind's request schema (enumerations, dates of the
 * programme 2017–2020, amounts, counts and texts within their limits, references the API lists for the city),
 * and, field by field, bodies the schema forbids: a wrong JSON type, a number out of range or with too many
 * decimals, an unknown enumeration value, a text too long or with a control character, a malformed date or
 * code, a missing or null required field, an unknown field, a malformed or empty body; updates without their
 * version or with a stale one; lists with filters and sorts the call does not know. Every other call that takes
 * a JSON body gets malformed ones. It finds no 5xx; every valid create answers 201 (an update 200, a list 200);
 * every refusal is an {@code application/problem+json} answer, and one for a mutated field names that field
 * ({@code body} for a malformed body).
 *
 * <p>Rules the schemas cannot say are kept by the generator where a valid body needs them, and only there: an
 * end not before its start, a completed project's end date, a voucher's redemption date and agency together,
 * a planned centre without caseload, an application number whose type digit fits the patent type, a credit
 * code's check character, and numbers unique in the city. Fixed seed: the same document gives the same
 * requests (but for the ids the database gives); two client threads share the kinds, each kind's requests
 * sent in one order by one of them.
 */
class GeneratedRequestsApiIT {

    private static final long SEED = 20_201_201L;
    private static final int ROUNDS = 24;
    private static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);
    private static final String PROBLEM = "application/problem+json";
    /** Characters of generated texts: Chinese, Latin, digits, punctuation, and one outside the BMP. */
    private static final String TEXT = "样例企业有限公司专利导航知识产权服务中心新材料电子信息ABCXYZabcxyz0123456789 -_.,()（）、";
    private static final String ASTRAL = "𠮷";

    /** The answers by call and status, for the summary. */
    private final Map<String, Map<Integer, AtomicInteger>> tally = new TreeMap<>();
    /** What the document does not allow, by kind of failure: how often, and the first answer. */
    private final Map<String, List<String>> failures = new TreeMap<>();
    private final AtomicInteger failureCount = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    /** Serial numbers that keep voucher and application numbers unique in the city; each is one kind's. */
    private final AtomicInteger voucherSerial = new AtomicInteger();
    private final AtomicInteger applicationSerial = new AtomicInteger();

    private long city;
    private Api reporter;
    private final Map<String, List<Long>> references = new LinkedHashMap<>();

    /** What the document says of one kind's calls. */
    record KindCalls(String path, JsonObject input, JsonObject update, List<JsonObject> listParameters) {
    }

    @Test
    void theDocumentTestsTheServer() throws Exception {
        prepareCity();
        List<KindCalls> kinds = kindsOf(ApiDocument.get());
        assertTrue(kinds.size() >= 7, "the document names the record kinds: " + kinds.stream().map(KindCalls::path).toList());
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int k = 0; k < kinds.size(); k++) {
                KindCalls kind = kinds.get(k);
                Random random = new Random(SEED + k);
                running.add(clients.submit(() -> exercise(kind, random)));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            clients.shutdown();
        }
        malformedBodiesForEveryOtherCall(kinds);

        StringBuilder summary = new StringBuilder("GeneratedRequestsApiIT: " + sent.get() + " requests\n");
        synchronized (tally) {
            tally.forEach((call, statuses) -> summary.append(String.format("  %-34s %s%n", call, statuses)));
        }
        System.out.print(summary);
        assertTrue(failures.isEmpty(), () -> failureCount.get() + " answers the document does not allow, by kind:\n"
                + failures.entrySet().stream().map(f -> f.getValue().size() + " × " + f.getKey() + "\n    e.g. "
                        + f.getValue().get(0)).collect(java.util.stream.Collectors.joining("\n")));
        assertTrue(sent.get() >= 10_000, sent.get() + " requests");
    }

    // ---- the city and what its records may name

    /** A pilot city of its own, its reporter, a park, and an agency serving it with an attorney. */
    private void prepareCity() {
        city = Fixtures.city(Fixtures.someProvince(), "生成请求测试市");
        reporter = Fixtures.reporter(city, false).api();
        Api.Answer park = Fixtures.ADMIN.post("/api/v1/cities/" + city + "/parks", "{\"nameZh\": \"生成请求测试园区\"}");
        assertEquals(201, park.status(), park::toString);
        // Agencies are registered in the portal's administrator pages only: one serving the city, by SQL.
        String code = creditCode(new Random(System.nanoTime()));
        Fixtures.execute("INSERT INTO service_agency (name, credit_code, kind) VALUES ('生成请求测试代理所', '"
                + code + "', 'PATENT_AGENCY')");
        long agency = Fixtures.count("SELECT id FROM service_agency WHERE credit_code = '" + code + "'");
        Fixtures.execute("INSERT INTO agency_city (agency_id, city_id) VALUES (" + agency + ", " + city + ")");
        Fixtures.execute("INSERT INTO patent_attorney (agency_id, name, licence_number) VALUES (" + agency
                + ", '生成请求测试代理师', 'IT-" + UUID.randomUUID().toString().substring(0, 12) + "')");
        // What a record may name, as the API lists it for the city.
        List<Long> agencies = new ArrayList<>();
        List<Long> attorneys = new ArrayList<>();
        for (JsonObject a : reporter.get("/api/v1/agencies").structure().asJsonArray().getValuesAs(JsonObject.class)) {
            if (a.getJsonArray("cityIds").getValuesAs(JsonNumber.class).stream().anyMatch(c -> c.longValue() == city)) {
                agencies.add(a.getJsonNumber("id").longValue());
                reporter.get("/api/v1/agencies/" + a.getJsonNumber("id") + "/attorneys").structure().asJsonArray()
                        .getValuesAs(JsonObject.class).forEach(t -> attorneys.add(t.getJsonNumber("id").longValue()));
            }
        }
        List<Long> parks = reporter.get("/api/v1/cities/" + city + "/parks").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(agency), agencies, "the agency serving the city");
        assertFalse(attorneys.isEmpty() || parks.isEmpty(), "an attorney and a park");
        references.put("agency", agencies);
        references.put("attorney", attorneys);
        references.put("park", parks);
    }

    /** The record kinds of the document: a list under a city whose create and update take a kind's schema. */
    private static List<KindCalls> kindsOf(JsonObject document) {
        List<KindCalls> kinds = new ArrayList<>();
        String prefix = "/api/v1/cities/{cityId}/";
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.keySet()) {
            String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
            if (rest.isEmpty() || rest.contains("/") || !paths.containsKey(path + "/{id}")) {
                continue;
            }
            JsonObject post = paths.getJsonObject(path).getJsonObject("post");
            JsonObject put = paths.getJsonObject(path + "/{id}").getJsonObject("put");
            if (post == null || put == null || !post.containsKey("requestBody") || !put.containsKey("requestBody")) {
                continue;
            }
            JsonObject input = ApiDocument.schemaOf(post.getJsonObject("requestBody"), "application/json");
            JsonObject update = ApiDocument.schemaOf(put.getJsonObject("requestBody"), "application/json");
            if (input == null || update == null || !input.containsKey("$ref")) {
                continue;
            }
            JsonArray parameters = paths.getJsonObject(path).getJsonObject("get").getJsonArray("parameters");
            kinds.add(new KindCalls(rest, ApiDocument.resolved(input), ApiDocument.resolved(update),
                    parameters == null ? List.of() : parameters.getValuesAs(JsonObject.class)));
        }
        return kinds;
    }

    // ---- one kind's requests

    private void exercise(KindCalls kind, Random random) {
        String list = "/api/v1/cities/" + city + "/" + kind.path();
        List<JsonObject> created = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // Valid records: each must be logged.
            for (int i = 0; i < 2; i++) {
                Api.Answer answer = send("POST create", reporter.post(list, valid(kind.input(), random, false).toString()));
                if (expect(answer, Expect.CREATED, null, "valid create " + kind.path())) {
                    created.add(answer.json());
                }
            }
            // Field by field, what the schema forbids.
            JsonObject base = valid(kind.input(), random, true);
            for (Mutation mutation : mutations(kind.input(), base, random)) {
                Api.Answer answer = send("POST create, mutated", reporter.post(list, mutation.body()));
                expect(answer, Expect.REFUSED, mutation.field(), kind.path() + " create, " + mutation.what());
            }
            if (created.isEmpty()) {
                continue;
            }
            updates(kind, list, created, random);
            lists(kind, list, created, random);
        }
        // A few deletions: a version that is not a number, then with the version read.
        for (int i = 0; i < Math.min(3, created.size()); i++) {
            JsonObject record = created.remove(random.nextInt(created.size()));
            String one = list + "/" + record.getJsonNumber("id");
            expect(send("DELETE", reporter.delete(one + "?version=v" + random.nextInt(9))),
                    Expect.REFUSED, "version", kind.path() + " delete, version not a number");
            Api.Answer read = send("GET one", reporter.get(one));
            if (expect(read, Expect.OK, null, kind.path() + " read")) {
                expect(send("DELETE", reporter.delete(one + "?version=" + read.json().getJsonNumber("version"))),
                        Expect.NO_CONTENT, null, kind.path() + " delete");
            }
        }
    }

    private void updates(KindCalls kind, String list, List<JsonObject> created, Random random) {
        int index = random.nextInt(created.size());
        JsonObject record = created.get(index);
        String one = list + "/" + record.getJsonNumber("id");
        long version = record.getJsonNumber("version").longValue();
        JsonObject body = withMember(valid(kind.update(), random, false), "version", Json.createValue(version));
        Api.Answer updated = send("PUT update", reporter.put(one, body.toString()));
        if (expect(updated, Expect.OK, null, kind.path() + " valid update")) {
            created.set(index, updated.json());
            version = updated.json().getJsonNumber("version").longValue();
        }
        JsonObject again = withMember(valid(kind.update(), random, true), "version", Json.createValue(version));
        List<Mutation> mutations = new ArrayList<>();
        mutations.add(new Mutation("version missing", without(again, "version").toString(), "version"));
        mutations.add(new Mutation("version a string", withMember(again, "version", Json.createValue(
                Long.toString(version))).toString(), "version"));
        mutations.add(new Mutation("version with a fraction", withMember(again, "version",
                Json.createValue(new BigDecimal(version + ".5"))).toString(), "version"));
        mutations.add(new Mutation("another id", withMember(again, "id", Json.createValue(
                record.getJsonNumber("id").longValue() + 1_000_000)).toString(), "id"));
        mutations.add(new Mutation("another city", withMember(again, "cityId", Json.createValue(city + 1_000_000))
                .toString(), "cityId"));
        List<Mutation> fields = mutations(kind.update(), again, random);
        for (int i = 0; i < 4 && !fields.isEmpty(); i++) {
            mutations.add(fields.remove(random.nextInt(fields.size())));
        }
        for (Mutation mutation : mutations) {
            expect(send("PUT update, mutated", reporter.put(one, mutation.body())), Expect.REFUSED,
                    mutation.field(), kind.path() + " update, " + mutation.what());
        }
        JsonObject stale = withMember(valid(kind.update(), random, false), "version", Json.createValue(version + 7));
        expect(send("PUT update, stale", reporter.put(one, stale.toString())), Expect.CONFLICT, "version",
                kind.path() + " update with a stale version");
    }

    private void lists(KindCalls kind, String list, List<JsonObject> created, Random random) {
        JsonObject record = created.get(random.nextInt(created.size()));
        List<JsonObject> filters = kind.listParameters().stream()
                .filter(p -> "query".equals(p.getString("in")) && record.containsKey(p.getString("name"))).toList();
        JsonObject filter = filters.get(random.nextInt(filters.size()));
        String name = filter.getString("name");
        JsonValue value = record.get(name);
        List<String> sorts = sortValues(kind);
        String sort = sorts.get(random.nextInt(sorts.size()));
        if (value.getValueType() != JsonValue.ValueType.NULL) {
            String text = value instanceof JsonString s ? s.getString() : value.toString();
            expect(send("GET list", reporter.get(list + "?" + name + "=" + encoded(text) + "&sort=" + sort)),
                    Expect.OK, null, kind.path() + " list by " + name);
        }
        expect(send("GET list", reporter.get(list + "?size=" + (1 + random.nextInt(500)) + "&sort=" + sort)),
                Expect.OK, null, kind.path() + " list sorted by " + sort);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("zz" + random.nextInt(1000), "1");
        refused.put("sort", "password");
        refused.put("size", "501");
        refused.put("page", "-1");
        refused.put("year", "twenty");
        for (JsonObject parameter : kind.listParameters()) {
            String unreadable = unreadableFilter(kind, parameter.getString("name"));
            if (unreadable != null && random.nextInt(3) == 0) {
                refused.put(parameter.getString("name"), unreadable);
            }
        }
        refused.forEach((parameter, text) -> expect(send("GET list, mutated",
                        reporter.get(list + "?" + parameter + "=" + encoded(text))), Expect.REFUSED, parameter,
                kind.path() + " list with " + parameter + "=" + text));
        expect(send("GET history", reporter.get(list + "/" + record.getJsonNumber("id") + "/history")), Expect.OK,
                null, kind.path() + " history");
    }

    private static List<String> sortValues(KindCalls kind) {
        for (JsonObject parameter : kind.listParameters()) {
            if (parameter.getString("name").equals("sort") && parameter.getJsonObject("schema").containsKey("enum")) {
                return parameter.getJsonObject("schema").getJsonArray("enum").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
            }
        }
        throw new AssertionError(kind.path() + " lists the sort orders");
    }

    /** A filter value the field cannot read, from the field's schema; null for free text, which matches any. */
    private static String unreadableFilter(KindCalls kind, String name) {
        JsonObject field = property(kind.input(), name);
        if (field == null) {
            return name.equals("source") ? "TELEPATHY" : name.equals("loggingAgencyId") ? "agency-one" : null;
        }
        if (field.containsKey("oneOf")) {
            return "twelve";
        }
        String type = field.getString("type", "");
        String format = field.getString("format", "");
        if (field.containsKey("enum")) {
            return "NOT_ONE_OF_THEM";
        }
        if (format.equals("date")) {
            return "2019-02-30..2019-12-31";
        }
        if (format.equals(CreditCodes.FORMAT) || format.equals(ApplicationNumbers.FORMAT)) {
            return "no-such-code";
        }
        return switch (type) {
            case "integer", "number" -> "twelve";
            case "boolean" -> "perhaps";
            default -> null;
        };
    }

    // ---- valid bodies

    /**
     * A body the schema allows, with the rules it cannot say kept; with {@code full} every field it can hold, so
     * a field's mutation meets the fields its rules pair it with (a redemption's agency and date).
     */
    private JsonObject valid(JsonObject schema, Random random, boolean full) {
        Set<String> required = required(schema);
        Map<String, JsonValue> body = new LinkedHashMap<>();
        schema.getJsonObject("properties").forEach((name, property) -> {
            if (name.equals("version")) {
                return;
            }
            if (full || required.contains(name) || random.nextInt(4) != 0) {
                body.put(name, value(name, property.asJsonObject(), random));
            }
        });
        keepRulesTheSchemaCannotSay(body, random);
        JsonObjectBuilder json = Json.createObjectBuilder();
        body.forEach(json::add);
        return json.build();
    }

    private JsonValue value(String name, JsonObject schema, Random random) {
        if (schema.containsKey("oneOf")) {
            JsonArray alternatives = schema.getJsonArray("oneOf");
            JsonObject chosen = alternatives.getJsonObject(random.nextInt(alternatives.size()));
            JsonObject number = alternatives.getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("type").equals("number")).findFirst().orElseThrow();
            if (chosen.getString("type").equals("string")) {
                return Json.createValue(decimal(number, random).toPlainString());
            }
            return Json.createValue(decimal(number, random));
        }
        String type = schema.getString("type");
        return switch (type) {
            case "string" -> Json.createValue(text(name, schema, random));
            case "integer" -> Json.createValue(integer(name, schema, random));
            case "number" -> Json.createValue(decimal(schema, random));
            case "boolean" -> random.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            case "array" -> array(schema.getJsonObject("items"), random);
            default -> throw new AssertionError("no values of " + type + " for " + name);
        };
    }

    private String text(String name, JsonObject schema, Random random) {
        if (schema.containsKey("enum")) {
            JsonArray choices = schema.getJsonArray("enum");
            return choices.getString(random.nextInt(choices.size()));
        }
        String format = schema.getString("format", "");
        if (format.equals("date")) {
            LocalDate earliest = later(FIRST_DAY, LocalDate.parse(schema.getString("x-earliest")));
            LocalDate latest = earlier(LAST_DAY, LocalDate.parse(schema.getString("x-latest")));
            return earliest.plusDays(random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1)).toString();
        }
        if (format.equals(CreditCodes.FORMAT)) {
            return creditCode(random);
        }
        if (format.equals(ApplicationNumbers.FORMAT)) {
            return applicationNumber('1', applicationSerial.incrementAndGet());
        }
        int max = schema.getInt("maxLength", 200);
        int length = random.nextInt(5) == 0 ? max : 1 + random.nextInt(Math.min(max, 60));
        StringBuilder text = new StringBuilder();
        if (name.equals("voucherNumber")) {
            text.append("V").append(voucherSerial.incrementAndGet()).append('-'); // unique in the city
        }
        while (text.codePointCount(0, text.length()) < length) {
            text.append(random.nextInt(40) == 0 ? ASTRAL : String.valueOf(TEXT.charAt(random.nextInt(TEXT.length()))));
        }
        String result = text.toString().strip();
        return result.isEmpty() ? "样" : result;
    }

    private long integer(String name, JsonObject schema, Random random) {
        if (!schema.containsKey("maximum")) {
            List<Long> ids = references.get(referenceTo(name));
            return ids.get(random.nextInt(ids.size()));
        }
        long min = schema.getJsonNumber("minimum").longValue();
        long max = schema.getJsonNumber("maximum").longValue();
        return switch (random.nextInt(5)) {
            case 0 -> min;
            case 1 -> max;
            default -> min + (long) (random.nextDouble() * (Math.min(max, min + 100_000) - min));
        };
    }

    /** Which list of the city's objects a reference names: agencies, attorneys or parks. */
    private static String referenceTo(String field) {
        for (String object : List.of("attorney", "park", "agency")) {
            if (field.toLowerCase(java.util.Locale.ROOT).contains(object)) {
                return object;
            }
        }
        throw new AssertionError("what does " + field + " name?");
    }

    /** A multiple of the schema's step from its minimum to its maximum (the maximum itself when allowed). */
    private static BigDecimal decimal(JsonObject schema, Random random) {
        BigDecimal step = schema.getJsonNumber("multipleOf").bigDecimalValue();
        BigDecimal min = schema.getJsonNumber("minimum").bigDecimalValue();
        BigDecimal max = schema.getJsonNumber("maximum").bigDecimalValue();
        if (schema.getBoolean("exclusiveMaximum", false)) {
            max = max.subtract(step);
        }
        BigDecimal value = switch (random.nextInt(6)) {
            case 0 -> min;
            case 1 -> max;
            default -> min.add(BigDecimal.valueOf(random.nextInt(10_000_000)).multiply(step)).min(max);
        };
        return value.setScale(step.scale(), RoundingMode.UNNECESSARY);
    }

    private JsonValue array(JsonObject items, Random random) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        List<Integer> years = new ArrayList<>(List.of(2017, 2018, 2019, 2020));
        java.util.Collections.shuffle(years, random);
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            for (Map.Entry<String, JsonValue> member : items.getJsonObject("properties").entrySet()) {
                JsonObject schema = member.getValue().asJsonObject();
                item.add(member.getKey(), member.getKey().equals("year") ? Json.createValue(years.get(i))
                        : Json.createValue(integer(member.getKey(), schema, random)));
            }
            array.add(item);
        }
        return array.build();
    }

    /** The rules across fields that a valid body keeps (see the class comment). */
    private void keepRulesTheSchemaCannotSay(Map<String, JsonValue> body, Random random) {
        if (body.containsKey("endDate") && body.containsKey("startDate")
                && date(body, "endDate").isBefore(date(body, "startDate"))) {
            body.put("endDate", body.get("startDate"));
        }
        if (body.containsKey("status") && ((JsonString) body.get("status")).getString().equals("COMPLETED")
                && body.containsKey("startDate") && !body.containsKey("endDate")) {
            body.put("endDate", body.get("startDate"));
        }
        if (body.containsKey("status") && ((JsonString) body.get("status")).getString().equals("PLANNED")) {
            body.remove("activity");
        }
        if (body.containsKey("redeemedDate") != body.containsKey("redeemedAgencyId")) {
            body.remove("redeemedDate");
            body.remove("redeemedAgencyId");
        }
        if (body.containsKey("redeemedDate") && date(body, "redeemedDate").isBefore(date(body, "issuedDate"))) {
            body.put("redeemedDate", body.get("issuedDate"));
        }
        if (body.containsKey("applicationNumber") && body.containsKey("patentType")) {
            PatentType type = PatentType.valueOf(((JsonString) body.get("patentType")).getString());
            char digit = "12389".chars().mapToObj(c -> (char) c).filter(type::matchesTypeDigit)
                    .toList().get(random.nextInt(type == PatentType.DESIGN ? 1 : 2));
            body.put("applicationNumber", Json.createValue(applicationNumber(digit, applicationSerial.incrementAndGet())));
        }
    }

    // ---- what the schema forbids

    /** A body the schema forbids, and the field a refusal must name. */
    record Mutation(String what, String body, String field) {
    }

    private List<Mutation> mutations(JsonObject schema, JsonObject valid, Random random) {
        List<Mutation> mutations = new ArrayList<>();
        Set<String> required = required(schema);
        for (Map.Entry<String, JsonValue> entry : schema.getJsonObject("properties").entrySet()) {
            String name = entry.getKey();
            JsonObject property = entry.getValue().asJsonObject();
            if (name.equals("version")) {
                continue;
            }
            Set<String> types = types(property);
            mutations.add(new Mutation(name + " of a wrong JSON type",
                    withMember(valid, name, wrongType(types, random)).toString(), name));
            if (required.contains(name)) {
                mutations.add(new Mutation(name + " missing", without(valid, name).toString(), name));
                mutations.add(new Mutation(name + " null", withMember(valid, name, JsonValue.NULL).toString(), name));
            }
            for (JsonValue wrong : wrongValues(name, property, valid, random)) {
                mutations.add(new Mutation(name + " = " + abbreviated(wrong.toString()),
                        withMember(valid, name, wrong).toString(), name));
            }
        }
        String text = valid.toString();
        mutations.add(new Mutation("an unknown field", withMember(valid, "colour" + random.nextInt(100),
                Json.createValue("red")).toString(), null));
        mutations.add(new Mutation("truncated JSON", text.substring(0, 1 + random.nextInt(text.length() - 1)), "body"));
        mutations.add(new Mutation("JSON with something after it", text + (random.nextBoolean() ? "}" : " {}"), "body"));
        mutations.add(new Mutation("a JSON array", "[" + text + "]", "body"));
        mutations.add(new Mutation("an empty body", "", "body"));
        // The unknown field is named as it was sent.
        List<Mutation> named = new ArrayList<>();
        for (Mutation m : mutations) {
            named.add(m.field() == null ? new Mutation(m.what(), m.body(), unknownField(m.body(), schema)) : m);
        }
        return named;
    }

    private static String unknownField(String body, JsonObject schema) {
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        return json.keySet().stream().filter(k -> !schema.getJsonObject("properties").containsKey(k)).findFirst().orElseThrow();
    }

    /** Values of the property's own JSON type that its limits forbid. */
    private List<JsonValue> wrongValues(String name, JsonObject property, JsonObject valid, Random random) {
        List<JsonValue> wrong = new ArrayList<>();
        if (property.containsKey("oneOf")) {
            JsonObject number = property.getJsonArray("oneOf").getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("type").equals("number")).findFirst().orElseThrow();
            BigDecimal step = number.getJsonNumber("multipleOf").bigDecimalValue();
            BigDecimal max = number.getJsonNumber("maximum").bigDecimalValue();
            wrong.add(Json.createValue(step.negate()));
            wrong.add(Json.createValue(number.getBoolean("exclusiveMaximum", false) ? max : max.add(step)));
            wrong.add(Json.createValue(step.movePointLeft(1)));
            wrong.add(Json.createValue("-" + step.toPlainString()));
            wrong.add(Json.createValue(step.movePointLeft(1).toPlainString()));
            wrong.add(Json.createValue("十二"));
            return pick(wrong, 3, random);
        }
        String type = property.getString("type");
        switch (type) {
            case "string" -> {
                if (property.containsKey("enum")) {
                    wrong.add(Json.createValue("NOT_ONE_OF_THEM"));
                    wrong.add(Json.createValue(property.getJsonArray("enum").getString(0).toLowerCase(java.util.Locale.ROOT)));
                } else if ("date".equals(property.getString("format", null))) {
                    wrong.add(Json.createValue(LocalDate.parse(property.getString("x-earliest")).minusDays(1).toString()));
                    wrong.add(Json.createValue(LocalDate.parse(property.getString("x-latest")).plusDays(1).toString()));
                    wrong.add(Json.createValue("2019-02-30"));
                    wrong.add(Json.createValue("2019/03/01"));
                } else if (CreditCodes.FORMAT.equals(property.getString("format", null))) {
                    String code = creditCode(random);
                    wrong.add(Json.createValue(code.substring(0, 17)));
                    wrong.add(Json.createValue("I" + code.substring(1)));
                    if (valid.get("smeCreditCodeConfirmed") != JsonValue.TRUE) {
                        char other = CreditCodes.ALPHABET.charAt((CreditCodes.ALPHABET.indexOf(code.charAt(17)) + 1) % 31);
                        wrong.add(Json.createValue(code.substring(0, 17) + other));
                    }
                } else if (ApplicationNumbers.FORMAT.equals(property.getString("format", null))) {
                    String number = applicationNumber('1', applicationSerial.incrementAndGet());
                    wrong.add(Json.createValue(number.substring(0, 11)));
                    wrong.add(Json.createValue(number.substring(0, 13) + (number.charAt(13) == '0' ? '1' : '0')));
                } else {
                    int max = property.getInt("maxLength");
                    wrong.add(Json.createValue("超".repeat(max + 1)));
                    wrong.add(Json.createValue("控制\u0007字符"));
                }
            }
            case "integer" -> {
                if (property.containsKey("maximum")) {
                    wrong.add(Json.createValue(property.getJsonNumber("maximum").longValue() + 1));
                    wrong.add(Json.createValue(property.getJsonNumber("minimum").longValue() - 1));
                } else {
                    wrong.add(Json.createValue(0));
                    wrong.add(Json.createValue(987_654_321L)); // no such object
                }
                wrong.add(Json.createValue(new BigInteger("100000000000000000000")));
                wrong.add(Json.createValue(new BigDecimal("2.5")));
            }
            case "array" -> {
                JsonObject items = property.getJsonObject("items");
                JsonObject member = first(valid, name, items, random);
                String count = items.getJsonObject("properties").keySet().stream().skip(1).findFirst().orElseThrow();
                wrong.add(Json.createArrayBuilder().add(without(member, "year")).build());
                wrong.add(Json.createArrayBuilder().add(member).add(member).build());
                wrong.add(Json.createArrayBuilder().add(withMember(member, "year", Json.createValue(1999))).build());
                wrong.add(Json.createArrayBuilder().add(withMember(member, count, Json.createValue(-1))).build());
                wrong.add(Json.createArrayBuilder().add(withMember(member, count,
                        Json.createValue(new BigInteger("10000000000")))).build());
                wrong.add(Json.createArrayBuilder().add(withMember(member, count,
                        Json.createValue(new BigDecimal("1.5")))).build());
                wrong.add(Json.createArrayBuilder().add(7).build());
            }
            default -> {
                // booleans have no values of their own type to refuse
            }
        }
        return pick(wrong, 3, random);
    }

    /** An item of the body's array, or a new valid one. */
    private JsonObject first(JsonObject valid, String name, JsonObject items, Random random) {
        if (valid.get(name) instanceof JsonArray array && !array.isEmpty()) {
            return array.getJsonObject(0);
        }
        JsonObjectBuilder item = Json.createObjectBuilder();
        items.getJsonObject("properties").forEach((member, schema) -> item.add(member, member.equals("year")
                ? Json.createValue(2019) : Json.createValue(integer(member, schema.asJsonObject(), random))));
        return item.build();
    }

    /** A value of a JSON type the property does not take. */
    private static JsonValue wrongType(Set<String> types, Random random) {
        List<JsonValue> candidates = new ArrayList<>();
        if (!types.contains("string")) {
            candidates.add(Json.createValue("zwölf"));
        }
        if (!types.contains("integer") && !types.contains("number")) {
            candidates.add(Json.createValue(12));
        }
        if (!types.contains("boolean")) {
            candidates.add(JsonValue.TRUE);
        }
        if (!types.contains("object")) {
            candidates.add(Json.createObjectBuilder().add("value", 1).build());
        }
        if (!types.contains("array")) {
            candidates.add(Json.createArrayBuilder().add("x").build());
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** A malformed body for every other call of the document that takes JSON: a problem naming the body. */
    private void malformedBodiesForEveryOtherCall(List<KindCalls> kinds) {
        Set<String> kindPaths = new LinkedHashSet<>();
        kinds.forEach(k -> {
            kindPaths.add("/api/v1/cities/{cityId}/" + k.path());
            kindPaths.add("/api/v1/cities/{cityId}/" + k.path() + "/{id}");
        });
        for (ApiDocument.Operation operation : ApiDocument.operations()) {
            JsonObject body = operation.operation().getJsonObject("requestBody");
            if (kindPaths.contains(operation.path()) || body == null
                    || !body.getJsonObject("content").containsKey("application/json")) {
                continue;
            }
            String path = operation.path().replace("{cityId}", Long.toString(city)).replace("{year}", "2020")
                    .replace("{name}", "NoSuchJob").replaceAll("\\{[A-Za-z]+}", "1");
            for (String malformed : List.of("{\"comment\": ", "[1, 2]", "{\"a\": tru}")) {
                java.net.http.HttpRequest.Builder request = Fixtures.ADMIN.request(path)
                        .header("Content-Type", "application/json")
                        .method(operation.method().toUpperCase(java.util.Locale.ROOT),
                                java.net.http.HttpRequest.BodyPublishers.ofString(malformed, StandardCharsets.UTF_8));
                Api.Answer answer = send(operation.method().toUpperCase(java.util.Locale.ROOT) + " other, malformed",
                        Fixtures.ADMIN.send(request));
                expect(answer, answer.status() == 400 ? Expect.REFUSED : Expect.ANY_REFUSAL,
                        answer.status() == 400 ? "body" : null, operation + " with " + malformed);
            }
        }
    }

    // ---- checking the answers

    enum Expect { CREATED, OK, NO_CONTENT, REFUSED, CONFLICT, ANY_REFUSAL }

    private Api.Answer send(String call, Api.Answer answer) {
        sent.incrementAndGet();
        synchronized (tally) {
            tally.computeIfAbsent(call, c -> new TreeMap<>()).computeIfAbsent(answer.status(), s -> new AtomicInteger())
                    .incrementAndGet();
        }
        return answer;
    }

    /**
     * True when the answer is what the document allows: never a 5xx; a refusal is a problem, naming {@code field}
     * when one is given; a valid request succeeds with its status.
     */
    private boolean expect(Api.Answer answer, Expect expected, String field, String what) {
        int status = answer.status();
        String problem = null;
        if (status >= 500) {
            problem = "a server error";
        } else if (status >= 400 && (answer.header("Content-Type") == null
                || !answer.header("Content-Type").startsWith(PROBLEM))) {
            problem = "a refusal that is not a problem";
        } else {
            switch (expected) {
                case CREATED -> problem = status == 201 ? null : "not created";
                case OK -> problem = status == 200 ? null : "not answered";
                case NO_CONTENT -> problem = status == 204 ? null : "not deleted";
                case CONFLICT -> problem = status == 409 ? null : "not a conflict";
                case REFUSED, ANY_REFUSAL -> problem = status >= 400 ? null : "accepted what the document forbids";
            }
            if (problem == null && field != null && !names(answer, field)) {
                problem = "a refusal that does not name " + field;
            }
        }
        if (problem != null) {
            failureCount.incrementAndGet();
            String kind = problem + ": " + what.replaceAll(" = .*", "").replaceAll("\\d+", "N");
            synchronized (failures) {
                failures.computeIfAbsent(kind, k -> new ArrayList<>()).add(what + " → " + status + " "
                        + abbreviated(answer.body()));
            }
            return false;
        }
        return true;
    }

    private static boolean names(Api.Answer answer, String field) {
        try {
            JsonObject json = answer.json();
            for (String list : List.of("violations", "rows")) {
                if (json.containsKey(list) && json.getJsonArray(list).getValuesAs(JsonObject.class).stream()
                        .anyMatch(v -> field.equals(v.getString("field", null)) && !v.getString("message", "").isBlank())) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    // ---- small things

    private static Set<String> required(JsonObject schema) {
        Set<String> required = new LinkedHashSet<>();
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(JsonString.class).forEach(s -> required.add(s.getString()));
        }
        return required;
    }

    private static Set<String> types(JsonObject property) {
        Set<String> types = new LinkedHashSet<>();
        if (property.containsKey("oneOf")) {
            property.getJsonArray("oneOf").getValuesAs(JsonObject.class).forEach(a -> types.add(a.getString("type")));
        } else {
            types.add(property.getString("type"));
        }
        return types;
    }

    private static JsonObject property(JsonObject schema, String name) {
        JsonObject properties = schema.getJsonObject("properties");
        return properties.containsKey(name) ? properties.getJsonObject(name) : null;
    }

    private static JsonObject withMember(JsonObject object, String name, JsonValue value) {
        return Json.createObjectBuilder(object).add(name, value).build();
    }

    private static JsonObject without(JsonObject object, String name) {
        return Json.createObjectBuilder(object).remove(name).build();
    }

    private static <T> List<T> pick(List<T> all, int count, Random random) {
        List<T> chosen = new ArrayList<>(all);
        java.util.Collections.shuffle(chosen, random);
        return chosen.subList(0, Math.min(count, chosen.size()));
    }

    private static LocalDate date(Map<String, JsonValue> body, String name) {
        return LocalDate.parse(((JsonString) body.get(name)).getString());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static String creditCode(Random random) {
        StringBuilder code = new StringBuilder("91");
        while (code.length() < 17) {
            code.append(CreditCodes.ALPHABET.charAt(random.nextInt(CreditCodes.ALPHABET.length())));
        }
        return code.append(CreditCodes.expectedCheck(code.toString())).toString();
    }

    private static String applicationNumber(char typeDigit, int serial) {
        String twelve = "2019" + typeDigit + String.format("%07d", serial % 10_000_000);
        return twelve + "." + ApplicationNumbers.expectedCheck(twelve);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String text) {
        return text.length() <= 240 ? text : text.substring(0, 240) + "…";
    }
}
