package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.TestEnvironment;

/**
 * Issue 21 §4: a browser replays the Basic credentials it once gave the API on requests other sites make,
 * so every call that changes something must be one no other site's page can send without a preflight.
 * The unsafe endpoints are found by scanning the JAX-RS resources, so a new one is covered (or this test
 * asks for a value of its path parameter) without anyone listing it. Each is sent the bodies a foreign form
 * or a {@code no-cors} fetch can send and a proper body from a foreign origin, as a caller allowed to make
 * the call; each must be refused by the filter (its problem types, naming the header) and change nothing.
 */
class CrossSiteRequestsApiIT {

    static final String FOREIGN = "https://evil.example";
    static final String RECORD_KIND = "navigation-projects";
    /** A job that fires once a day at night: its state and last run stay put while the test runs. */
    static final String JOB = "IdempotencyKeyJob";
    static final Pattern PARAMETER = Pattern.compile("\\{\\s*([A-Za-z0-9_]+)\\s*(?::[^}]*)?}");

    static long city;
    static Fixtures.Account reporter;
    static long park;
    static long record;
    static long typicalCase;
    static long attachment;
    static long ruleId;
    static long notification;
    static long failedMail;
    static final Api ADMIN = Fixtures.ADMIN;
    static final Api NATIONAL = Api.as("national");

    /** One unsafe resource method: its HTTP method, its URI template under /api/v1 and what it consumes. */
    record Endpoint(String method, String resourcePath, String template, List<String> consumes) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** What the refused calls must not have changed. */
    record Snapshot(long audited, long unread, String jobState, String jobLastRun, long attachments, long records) {
    }

    @BeforeAll
    static void ownData() throws IOException {
        int province = Fixtures.someProvince();
        city = Fixtures.city(province, "跨站测试市");
        reporter = Fixtures.reporter(city, false);
        park = created(ADMIN.post("/api/v1/cities/" + city + "/parks", "{\"nameZh\": \"跨站测试园区\"}"));
        record = created(reporter.api().post(records(), RecordSamples.body(RECORD_KIND, city)));
        typicalCase = created(reporter.api().post("/api/v1/cities/" + city + "/cases", "{\"title\": \"跨站测试案例\","
                + " \"area\": \"PROTECTION\", \"background\": \"背景\", \"measures\": \"做法\", \"results\": \"成效\"}"));
        attachment = created(reporter.api().send(reporter.api().request("/api/v1/cases/" + typicalCase
                        + "/attachments?filename=photo.png").header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png()))));
        ruleId = NATIONAL.get("/api/v1/reminder-rules").structure().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        notification = newNotification();
        // A mail given up, which an administrator could put back in the queue.
        Fixtures.execute("INSERT INTO mail_outbox (origin, recipient, subject, body, status, attempts, next_attempt_at,"
                + " last_error, created_at) VALUES ('cross-site-" + System.nanoTime() + "', 'x@pilotops.test', '跨站',"
                + " '正文', 'FAILED', 3, UTC_TIMESTAMP(3), 'test', UTC_TIMESTAMP(3))");
        failedMail = Fixtures.count("SELECT MAX(id) FROM mail_outbox WHERE status = 'FAILED'");
    }

    /** An unread notification of the test's reporter, as the reminder job would leave one. */
    static long newNotification() {
        Fixtures.execute("INSERT INTO notification (account_id, title, body, created_at) VALUES (" + reporter.id()
                + ", '跨站测试通知', '正文', NOW(3))");
        return Fixtures.count("SELECT MAX(id) FROM notification WHERE account_id = " + reporter.id());
    }

    @Test
    void everyUnsafeEndpointRefusesWhatAnotherSiteCanSendAndChangesNothing() {
        List<Endpoint> endpoints = unsafeEndpoints();
        assertTrue(endpoints.size() >= 30, "the scan found the resources: " + endpoints);
        assertTrue(endpoints.stream().anyMatch(e -> e.template().equals("/api/v1/notifications/read")), endpoints::toString);
        assertTrue(endpoints.stream().anyMatch(e -> e.template().equals("/api/v1/jobs/{name}/pause")), endpoints::toString);
        long unreadNotification = newNotification();
        Snapshot start = snapshot();
        assertEquals("NORMAL", start.jobState(), "the job the test pauses in vain");
        assertTrue(start.unread() > 0, "notifications the test marks read in vain");

        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String uri = concrete(endpoint);
            Api api = caller(endpoint);
            Snapshot before = snapshot();
            // The server itself refuses a DELETE with a body (400, before the application): DELETEs send the
            // headers alone, and one with a body shows that refusal.
            boolean delete = endpoint.method().equals("DELETE");
            String json = delete ? null : "{\"comment\": \"跨站\"}";
            if (delete) {
                Api.Answer withBody = call(api, "DELETE", uri, "text/plain", "x", Map.of());
                if (withBody.status() != 400 && withBody.status() != 415) {
                    failures.add(endpoint + " with a text/plain body: expected a refusal, got " + withBody);
                }
            }
            expect(failures, endpoint, "text/plain", 415, "Content-Type",
                    call(api, endpoint.method(), uri, "text/plain;charset=UTF-8", json, Map.of()));
            expect(failures, endpoint, "a form", 415, "Content-Type",
                    call(api, endpoint.method(), uri, "application/x-www-form-urlencoded", delete ? null : "comment=x",
                            Map.of()));
            expect(failures, endpoint, "a multipart form", 415, "Content-Type",
                    call(api, endpoint.method(), uri, "multipart/form-data; boundary=b", delete ? null
                            : "--b\r\nContent-Disposition: form-data; name=\"comment\"\r\n\r\nx\r\n--b--\r\n", Map.of()));
            expect(failures, endpoint, "no Content-Type, no X-Requested-With", 415, "Content-Type",
                    call(api, endpoint.method(), uri, null, null, Map.of()));
            String type = acceptedType(endpoint);
            String body = delete ? null : type.equals(MediaType.APPLICATION_JSON) ? json : "title\n跨站\n";
            expect(failures, endpoint, "a foreign Origin", 403, "Origin",
                    call(api, endpoint.method(), uri, type, body, Map.of("Origin", FOREIGN)));
            expect(failures, endpoint, "the opaque Origin null", 403, "Origin",
                    call(api, endpoint.method(), uri, type, body, Map.of("Origin", "null")));
            expect(failures, endpoint, "Sec-Fetch-Site: cross-site", 403, "Sec-Fetch-Site",
                    call(api, endpoint.method(), uri, type, body, Map.of("Sec-Fetch-Site", "cross-site")));
            expect(failures, endpoint, "no Content-Type from a foreign Origin", 403, "Origin",
                    call(api, endpoint.method(), uri, null, null, Map.of("Origin", FOREIGN, Api.REQUESTED_WITH, "x")));
            Snapshot after = snapshot();
            if (!after.equals(before)) {
                failures.add(endpoint + " changed something: " + before + " → " + after);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(start, snapshot());
        assertTrue(reporter.api().get("/api/v1/notifications?unread=true").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(n -> n.getJsonNumber("id").longValue() == unreadNotification),
                "still unread");
    }

    @Test
    void theApisOwnClientsAndThePortalsOwnPagesGoThrough() throws IOException {
        Api api = reporter.api();
        String own = origin(TestEnvironment.portal());
        long first = newNotification();
        long second = newNotification();
        long unread = unread();

        Api.Answer sameOrigin = call(api, "POST", "/api/v1/notifications/" + first + "/read",
                "application/json", null, Map.of("Origin", own, "Sec-Fetch-Site", "same-origin"));
        assertEquals(200, sameOrigin.status(), sameOrigin::toString);
        Api.Answer configured = call(api, "POST", "/api/v1/notifications/" + second + "/read",
                "application/json", "", Map.of("Origin", "https://pilotops.test"));
        assertEquals(200, configured.status(), "the origin of pilotops.portal.baseUrl: " + configured);
        assertEquals(unread - 2, unread());
        Api.Answer bodiless = call(api, "POST", "/api/v1/notifications/read", null, null,
                Map.of(Api.REQUESTED_WITH, "XMLHttpRequest"));
        assertEquals(200, bodiless.status(), bodiless::toString);
        assertEquals(unread - 2, bodiless.json().getInt("marked"));
        assertEquals(0, unread());

        // A record's life from a client without Origin and from the portal's own origin.
        Api.Answer made = api.post(records(), RecordSamples.body(RECORD_KIND, city));
        assertEquals(201, made.status(), made::toString);
        JsonObject stored = made.json();
        String one = records() + "/" + stored.getJsonNumber("id").longValue();
        Api.Answer changed = call(api, "PUT", one, "application/json; charset=UTF-8",
                RecordSamples.withVersion(RecordSamples.body(RECORD_KIND, city), stored.getJsonNumber("version").longValue()),
                Map.of("Origin", own));
        assertEquals(200, changed.status(), changed::toString);
        Api.Answer withoutHeader = call(api, "DELETE", one, null, null, Map.of());
        assertEquals(415, withoutHeader.status(), withoutHeader::toString);
        assertTrue(withoutHeader.json().getJsonArray("violations").getJsonObject(0).getString("message")
                .contains("X-Requested-With"), "the refusal says what to send: " + withoutHeader);
        assertEquals(200, api.get(one).status(), "still there");
        assertEquals(204, api.delete(one).status(), "X-Requested-With");
        assertEquals(404, api.get(one).status());

        // Files keep their own types: an attachment from the portal's origin, a spreadsheet round trip.
        Api.Answer attached = api.send(api.request("/api/v1/cases/" + typicalCase + "/attachments?filename=p.png")
                .header("Content-Type", "image/png").header("Origin", own).POST(HttpRequest.BodyPublishers.ofByteArray(png())));
        assertEquals(201, attached.status(), attached::toString);
        HttpResponse<byte[]> export = api.download(records() + "/export?format=csv&year=2019");
        assertEquals(200, export.statusCode());
        Api.Answer dryRun = api.send(api.request(records() + "/import?dryRun=true").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(export.body())));
        assertEquals(200, dryRun.status(), dryRun::toString);
        assertEquals(0, dryRun.json().getInt("rejected"), dryRun::toString);
    }

    @Test
    void refusalsSpeakTheCallersLanguage() {
        Api api = reporter.api();
        String path = "/api/v1/notifications/read";
        Api.Answer chinese = call(api, "POST", path, "application/json", "", Map.of("Origin", FOREIGN));
        assertEquals(403, chinese.status());
        assertEquals("application/problem+json", chinese.header("Content-Type").split(";")[0]);
        assertEquals("拒绝跨站请求", chinese.json().getString("title"));
        assertTrue(chinese.json().getJsonArray("violations").getJsonObject(0).getString("message").contains(FOREIGN));
        Api.Answer english = call(api, "POST", path, "text/plain", "{}", Map.of("Accept-Language", "en"));
        assertEquals(415, english.status());
        assertEquals("Unsupported Content-Type", english.json().getString("title"));
        assertTrue(english.json().getJsonArray("violations").getJsonObject(0).getString("message")
                .startsWith("\"text/plain\" is not accepted"), english::toString);
    }

    // ----------------------------------------------------------------------------------------------------

    /** Every resource method under /api/v1 with an unsafe HTTP method, from the classes, not from a list. */
    static List<Endpoint> unsafeEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass scanned : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pilotops")) {
            if (!scanned.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = scanned.reflect();
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                String http = httpMethod(m);
                if (http == null) {
                    assertFalse(m.isAnnotationPresent(Path.class),
                            "a sub-resource locator; extend the scan to follow it: " + m);
                    continue;
                }
                if (List.of("GET", "HEAD", "OPTIONS").contains(http)) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String template = "/api/v1/" + strip(base) + (sub == null ? "" : "/" + strip(sub.value()));
                endpoints.add(new Endpoint(http, strip(base), template,
                        CrossSiteRequestFilter.consumes(m, resource)));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static String httpMethod(Method m) {
        for (Class<? extends Annotation> verb : List.of(POST.class, PUT.class, DELETE.class, PATCH.class, GET.class,
                HEAD.class, OPTIONS.class)) {
            if (m.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    /** The template with this test's own objects: its city, record, case, park and so on. */
    static String concrete(Endpoint endpoint) {
        Matcher m = PARAMETER.matcher(endpoint.template());
        StringBuilder uri = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "cityId" -> Long.toString(city);
                case "kind" -> RECORD_KIND;
                case "year" -> "2019";
                case "parkId" -> Long.toString(park);
                case "attachmentId" -> Long.toString(attachment);
                case "name" -> JOB;
                case "id" -> switch (endpoint.resourcePath()) {
                    case "cities/{cityId}/{kind}" -> Long.toString(record);
                    case "cases" -> Long.toString(typicalCase);
                    case "accounts" -> Long.toString(reporter.id());
                    case "notifications" -> Long.toString(notification);
                    case "reminder-rules" -> Long.toString(ruleId);
                    case "outbox" -> Long.toString(failedMail);
                    default -> throw new AssertionError("no {id} for " + endpoint + ": give it one here");
                };
                default -> throw new AssertionError("no value for {" + name + "} of " + endpoint + ": give it one here");
            };
            m.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        m.appendTail(uri);
        return uri.toString();
    }

    /** Someone allowed to make the call, so that a refusal can only be the filter's, not the scope's. */
    static Api caller(Endpoint endpoint) {
        String path = endpoint.resourcePath();
        if (path.equals("jobs") || path.equals("record-tallies") || path.equals("accounts") || path.equals("cities")
                || path.startsWith("cities/{cityId}/parks")) {
            return ADMIN;
        }
        if (path.equals("reminder-rules") || path.equals("reporting-years")) {
            return NATIONAL;
        }
        return reporter.api();
    }

    /** A body type the endpoint takes: JSON, unless it declares file types only. */
    static String acceptedType(Endpoint endpoint) {
        List<String> consumes = endpoint.consumes();
        if (consumes.isEmpty() || consumes.contains(MediaType.APPLICATION_JSON) || consumes.contains(MediaType.WILDCARD)) {
            return MediaType.APPLICATION_JSON;
        }
        return consumes.get(0);
    }

    static Api.Answer call(Api api, String method, String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = api.request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return api.send(request);
    }

    private static void expect(List<String> failures, Endpoint endpoint, String what, int status, String header,
                               Api.Answer answer) {
        String type = status == 403 ? "cross-site" : "unsupported-content-type";
        boolean right = answer.status() == status && answer.header("Content-Type") != null
                && answer.header("Content-Type").startsWith("application/problem+json")
                && answer.json().getString("type").equals("urn:pilotops:problem:" + type)
                && answer.json().getJsonArray("violations").getJsonObject(0).getString("field").equals(header);
        if (!right) {
            failures.add(endpoint + " with " + what + ": expected " + status + " " + type + " naming " + header
                    + ", got " + answer);
        }
    }

    static Snapshot snapshot() {
        JsonObject job = ADMIN.get("/api/v1/jobs/" + JOB).json();
        return new Snapshot(
                Fixtures.count("SELECT COUNT(*) FROM audit_entry WHERE actor IN ('admin', 'national', '"
                        + reporter.username() + "')"),
                unread(),
                job.getString("state"),
                job.containsKey("lastRun") ? job.getString("lastRun") : null,
                Fixtures.count("SELECT COUNT(*) FROM case_attachment WHERE case_id = " + typicalCase),
                Fixtures.count("SELECT COUNT(*) FROM navigation_project WHERE city_id = " + city));
    }

    static long unread() {
        Api.Answer list = reporter.api().get("/api/v1/notifications?unread=true");
        assertEquals(200, list.status(), "the reporter still signs in with its password: " + list);
        return list.json().getJsonNumber("unread").longValue();
    }

    static String records() {
        return "/api/v1/cities/" + city + "/" + RECORD_KIND;
    }

    static long created(Api.Answer answer) {
        assertEquals(201, answer.status(), answer::toString);
        JsonObject body = answer.json();
        return (body.containsKey("id") ? body : body.getJsonObject("account")).getJsonNumber("id").longValue();
    }

    static String origin(URI portal) {
        return portal.getScheme() + "://" + portal.getHost() + (portal.getPort() < 0 ? "" : ":" + portal.getPort());
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 3, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
