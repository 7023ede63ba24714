package org.pilotops.cases.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;

/**
 * Typical cases over the API against the packaged portal: the review path, the scope of every role
 * (the city's reporter, another city's, the province's reviewer and another province's, national
 * reviewers, agency staff, administrators) for lists, reading, writing and each step, attachments judged
 * by content, and the reminders' seam. Each test registers a city of its own in some province, with its
 * own reporter and reviewers of that province and of another, and depends on nothing else the provinces
 * hold; demo accounts are used only where they change nothing (city-2, national, agency-1, admin).
 */
class TypicalCaseApiIT {

    final Api national = Api.as("national");
    final Api otherCity = Api.as("city-2");
    final Api agency = Api.as("agency-1");
    final Api admin = Api.as("admin");

    /** A fresh city with its reporter, a reviewer of its province and one of another province. */
    record Fixture(int province, long cityId, Fixtures.Account reporterAccount, Api reporter, Api reviewer,
                   Api otherProvince) {

        String cases() {
            return "/api/v1/cities/" + cityId + "/cases";
        }
    }

    static Fixture fixture(String name) {
        int province = Fixtures.someProvince();
        int other = Fixtures.someProvince(province);
        long city = Fixtures.city(province, name);
        Fixtures.Account reporter = Fixtures.reporter(city, false);
        return new Fixture(province, city, reporter, reporter.api(), Fixtures.provinceReviewer(province).api(),
                Fixtures.provinceReviewer(other).api());
    }

    @Test
    void theReviewPathWithTheScopeOfEveryRole() {
        Fixture f = fixture("案例测试市");
        Api.Answer made = f.reporter.post("/api/v1/cities/" + f.cityId + "/navigation-projects",
                RecordSamples.body("navigation-projects", f.cityId));
        assertEquals(201, made.status(), made::toString);
        long recordId = made.json().getJsonNumber("id").longValue();
        String recordTitle = made.json().getString("title");

        // The records a case can link, with their key facts.
        JsonArray choices = (JsonArray) ok(f.reporter.get("/api/v1/cities/" + f.cityId + "/case-records")).structure();
        JsonObject choice = choices.getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == recordId).findFirst().orElseThrow();
        assertEquals("navigation-projects", choice.getString("kind"));
        assertEquals(2019, choice.getInt("year"));
        assertTrue(choice.getString("facts").contains(recordTitle), choice::toString);
        assertTrue(choice.getString("facts").contains("¥120,000.50"), choice::toString);
        assertEquals(404, f.otherProvince.get("/api/v1/cities/" + f.cityId + "/case-records").status());
        assertEquals(403, agency.get("/api/v1/cities/" + f.cityId + "/case-records").status());

        // Links must name records of the city's own.
        Api.Answer badId = f.reporter.post(f.cases(), draft(null, "导航案例", "navigation-projects", 999_999_999L));
        assertEquals(400, badId.status(), badId::toString);
        assertEquals("links[0].id", field(badId, 0));
        Api.Answer badKind = f.reporter.post(f.cases(), draft(null, "导航案例", "patents", recordId));
        assertEquals("links[0].kind", field(badKind, 0), badKind::toString);
        Api.Answer untitled = f.reporter.post(f.cases(), draft(null, " ", "navigation-projects", recordId));
        assertEquals("title", field(untitled, 0), untitled::toString);
        Api.Answer early = f.reporter.post(f.cases(), "{\"title\": \"早年案例\", \"year\": 2016}");
        assertEquals("year", field(early, 0), early::toString);

        Api.Answer created = f.reporter.post(f.cases(), draft(null, "  导航案例  ", "navigation-projects", recordId));
        assertEquals(201, created.status(), created::toString);
        JsonObject draft = created.json();
        long id = draft.getJsonNumber("id").longValue();
        String one = "/api/v1/cases/" + id;
        assertTrue(created.header("Location").endsWith(one), created.header("Location"));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("导航案例", draft.getString("title"));
        assertEquals(2020, draft.getInt("year"), "the compilation's year by default");
        assertEquals(List.of("EDIT", "SUBMIT"), strings(draft.getJsonArray("availableActions")));
        assertTrue(draft.getBoolean("deletable"));
        assertTrue(draft.getJsonArray("links").getJsonObject(0).getString("facts").contains(recordTitle));

        // A draft is the city's own: nobody else sees it, and only the city writes cases.
        for (Api outsider : List.of(f.reviewer, f.otherProvince, national, otherCity, agency, admin)) {
            assertEquals(404, outsider.get(one).status());
            assertEquals(404, outsider.post(one + "/submit", "{}").status());
        }
        assertEquals(1, list(f.reporter, f.cases()).size());
        assertEquals(0, list(f.reviewer, f.cases()).size(), "drafts are not listed for reviewers");
        assertEquals(0, list(national, f.cases()).size());
        assertEquals(404, f.otherProvince.get(f.cases()).status());
        assertEquals(404, otherCity.get(f.cases()).status());
        assertEquals(403, agency.get(f.cases()).status());
        assertEquals(403, admin.get(f.cases()).status());
        String title = "{\"title\": \"别人的案例\"}";
        assertEquals(403, f.reviewer.post(f.cases(), title).status());
        assertEquals(403, national.post(f.cases(), title).status());
        assertEquals(404, f.otherProvince.post(f.cases(), title).status());
        assertEquals(404, otherCity.post(f.cases(), title).status());
        assertEquals(403, agency.post(f.cases(), title).status());
        assertEquals(403, admin.post(f.cases(), title).status());

        // Submitting needs every part, named.
        Api.Answer incomplete = f.reporter.post(one + "/submit", "");
        assertEquals(409, incomplete.status(), incomplete::toString);
        assertEquals(List.of("area", "background", "measures", "results"), fields(incomplete));

        long version = draft.getJsonNumber("version").longValue();
        JsonObject saved = ok(f.reporter.put(one, complete(version, recordId))).json();
        Api.Answer stale = f.reporter.put(one, complete(version, recordId));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("urn:pilotops:problem:stale-version", stale.json().getString("type"));
        Api.Answer noVersion = f.reporter.put(one, complete(version, recordId).replace("\"version\"", "\"versionx\""));
        assertEquals(400, noVersion.status(), noVersion::toString);
        assertEquals("OPERATION", saved.getString("area"));
        assertEquals("融资 1.2 亿元\n服务企业 35 家", saved.getString("results"));

        JsonObject submitted = ok(f.reporter.post(one + "/submit", "{\"comment\": \"请审核\"}")).json();
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertNotNull(submitted.getString("submittedAt"));
        assertEquals(List.of(), strings(submitted.getJsonArray("availableActions")));
        assertFalse(submitted.getBoolean("deletable"));

        // Submitted: its province and the nation read it; only the nation selects or returns.
        JsonObject seen = ok(f.reviewer.get(one)).json();
        assertEquals(List.of(), strings(seen.getJsonArray("availableActions")));
        assertEquals(List.of("RETURN", "SELECT"), strings(ok(national.get(one)).json().getJsonArray("availableActions")));
        for (Api outsider : List.of(f.otherProvince, otherCity, agency, admin)) {
            assertEquals(404, outsider.get(one).status());
        }
        assertEquals(1, list(f.reviewer, f.cases()).size());
        assertTrue(ids(list(national, "/api/v1/cases?year=2020")).contains(id));
        assertTrue(ids(list(national, "/api/v1/cases?year=2020&status=SUBMITTED")).contains(id));
        assertFalse(ids(list(national, "/api/v1/cases?year=2020&status=SELECTED")).contains(id));
        assertTrue(ids(list(f.reviewer, "/api/v1/cases?year=2020")).contains(id));
        assertFalse(ids(list(f.otherProvince, "/api/v1/cases?year=2020")).contains(id));
        assertEquals(List.of(id), ids(list(f.reporter, "/api/v1/cases?year=2020")));
        assertEquals(403, agency.get("/api/v1/cases?year=2020").status());
        assertEquals(403, admin.get("/api/v1/cases?year=2020").status());
        assertEquals("status", field(national.get("/api/v1/cases?year=2020&status=ACCEPTED"), 0));
        JsonObject line = list(national, "/api/v1/cases?year=2020").stream()
                .filter(l -> l.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("案例测试市", line.getString("cityNameZh"));
        assertEquals(f.province, line.getInt("provinceId"));

        assertEquals(403, f.reviewer.post(one + "/select", "{}").status());
        assertEquals(403, f.reviewer.post(one + "/return", "{\"comment\": \"x\"}").status());
        assertEquals(403, f.reporter.post(one + "/select", "{}").status());
        Api.Answer locked = f.reporter.put(one, complete(submitted.getJsonNumber("version").longValue(), recordId));
        assertEquals(409, locked.status(), locked::toString);
        assertEquals("urn:pilotops:problem:case-state", locked.json().getString("type"));
        assertEquals(409, f.reporter.delete(one + "?version=" + submitted.getJsonNumber("version")).status(),
                "a submitted case is never deleted");

        Api.Answer bare = national.post(one + "/return", "{}");
        assertEquals(400, bare.status(), bare::toString);
        assertEquals("comment", field(bare, 0));
        JsonObject returned = ok(national.post(one + "/return", "{\"comment\": \"请补充融资数据\"}")).json();
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals(List.of("EDIT", "SUBMIT"), strings(ok(f.reporter.get(one)).json().getJsonArray("availableActions")));
        assertEquals(200, f.reviewer.get(one).status(), "a returned case stays visible to its reviewers");
        ok(f.reporter.post(one + "/submit", ""));
        JsonObject selected = ok(national.post(one + "/select", "{\"comment\": \"入选\"}")).json();
        assertEquals("SELECTED", selected.getString("status"));
        assertEquals(List.of(), strings(selected.getJsonArray("availableActions")));
        List<JsonObject> history = selected.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(List.of("SUBMIT", "RETURN", "SUBMIT", "SELECT"), history.stream().map(h -> h.getString("action")).toList());
        assertEquals("请补充融资数据", history.get(1).getString("comment"));
        assertEquals("SUBMITTED", history.get(1).getString("from"));
        assertEquals("RETURNED", history.get(1).getString("to"));
        assertEquals("national", history.get(3).getString("actor"));
        assertEquals(409, national.post(one + "/select", "{}").status(), "selected is final");
        assertEquals(409, national.post(one + "/return", "{\"comment\": \"x\"}").status());
        assertTrue(ids(list(national, "/api/v1/cases?year=2020&status=SELECTED")).contains(id));

        // The reminders' seam: a city with a submitted (here selected) case is not reminded of the cases.
        Fixtures.runAndWait("ReminderJob", "{\"asOf\": \"2020-12-01\"}");
        long account = f.reporterAccount.id();
        assertEquals(1, Fixtures.count("select count(*) from reminder where rule_code = 'SUMMARY_DUE' and account_id = "
                + account), "the run reached the city's reporter");
        assertEquals(0, Fixtures.count("select count(*) from reminder where rule_code = 'CASE_COMPILATION_DUE'"
                + " and account_id = " + account), "a city that handed in a case is not reminded of it");
    }

    @Test
    void attachmentsAreJudgedByContentLimitedScopedAndDownloadedAsStored() throws IOException {
        Fixture f = fixture("附件测试市");
        Api.Answer created = f.reporter.post(f.cases(), "{\"title\": \"附件案例\", \"area\": \"PROTECTION\","
                + " \"background\": \"背景\", \"measures\": \"做法\", \"results\": \"成效\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        String attachments = "/api/v1/cases/" + id + "/attachments";

        byte[] pdf = pdf();
        Api.Answer pdfAttached = upload(f.reporter, attachments + "?filename="
                + URLEncoder.encode("../../成效报告.pdf", StandardCharsets.UTF_8), "application/octet-stream", null, pdf);
        assertEquals(201, pdfAttached.status(), pdfAttached::toString);
        JsonObject pdfJson = pdfAttached.json();
        assertEquals("成效报告.pdf", pdfJson.getString("fileName"), "no path kept");
        assertEquals("application/pdf", pdfJson.getString("mediaType"));
        assertEquals(pdf.length, pdfJson.getJsonNumber("size").longValue());
        assertNotNull(pdfAttached.header("Location"));

        Api.Answer pngAttached = upload(f.reporter, attachments, "image/jpeg",
                "attachment; filename*=UTF-8''" + URLEncoder.encode("现场照片.png", StandardCharsets.UTF_8), image());
        assertEquals(201, pngAttached.status(), pngAttached::toString);
        assertEquals("image/png", pngAttached.json().getString("mediaType"), "the content decides, not the Content-Type");
        assertEquals("现场照片.png", pngAttached.json().getString("fileName"));

        // Many clients put the name's UTF-8 bytes raw in the header. Payara's HTTP layer refuses bytes outside
        // ASCII in a header (its RFC 9110 check) with an empty 400 before the application sees the request:
        // refused, and nothing stored; the name goes in ?filename= or the filename* form above.
        long before = Fixtures.count("select count(*) from case_attachment where case_id = " + id);
        String rawName = rawUpload(f.reporterAccount, attachments, "成效证明.png".getBytes(StandardCharsets.UTF_8), image());
        assertTrue(rawName.startsWith("HTTP/1.1 400"), rawName);
        assertEquals(before, Fixtures.count("select count(*) from case_attachment where case_id = " + id));

        Api.Answer renamed = upload(f.reporter, attachments + "?filename=report.pdf", "application/pdf", null, docx());
        assertEquals(201, renamed.status(), renamed::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                renamed.json().getString("mediaType"));
        assertEquals("report.pdf.docx", renamed.json().getString("fileName"));

        byte[] exe = new byte[8192];
        exe[0] = 'M';
        exe[1] = 'Z';
        Api.Answer program = upload(f.reporter, attachments + "?filename=setup.pdf", "application/pdf", null, exe);
        assertEquals(415, program.status(), program::toString);
        assertEquals("urn:pilotops:problem:unsupported-media-type", program.json().getString("type"));
        assertEquals("file", field(program, 0));
        byte[] docx = docx();
        Api.Answer broken = upload(f.reporter, attachments + "?filename=broken.docx", "application/octet-stream", null,
                Arrays.copyOf(docx, docx.length / 2));
        assertEquals(415, broken.status(), broken::toString);
        Api.Answer huge = upload(f.reporter, attachments + "?filename=huge.pdf", "application/pdf", null,
                hugePdf((20 << 20) + 1));
        assertEquals(413, huge.status(), huge::toString);

        // Download: the stored type, as an attachment, the same bytes.
        long pdfId = pdfJson.getJsonNumber("id").longValue();
        HttpResponse<byte[]> download = f.reporter.download(attachments + "/" + pdfId);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode("成效报告.pdf", StandardCharsets.UTF_8)),
                disposition);
        assertArrayEquals(pdf, download.body());

        // A draft's attachments are the city's own.
        assertEquals(404, f.reviewer.download(attachments + "/" + pdfId).statusCode());
        assertEquals(404, otherCity.download(attachments + "/" + pdfId).statusCode());
        assertEquals(404, national.download(attachments + "/" + pdfId).statusCode());
        assertEquals(404, upload(f.reviewer, attachments + "?filename=a.png", "image/png", null, image()).status());
        assertEquals(404, f.reporter.download(attachments + "/999999999").statusCode());

        // At most ten: 3 stored, 7 more, the eleventh refused; one removed makes room again.
        for (int i = 0; i < 7; i++) {
            assertEquals(201, upload(f.reporter, attachments + "?filename=p" + i + ".png", "image/png", null, image()).status());
        }
        Api.Answer eleventh = upload(f.reporter, attachments + "?filename=p11.png", "image/png", null, image());
        assertEquals(409, eleventh.status(), eleventh::toString);
        assertEquals("file", field(eleventh, 0));
        long pngId = pngAttached.json().getJsonNumber("id").longValue();
        assertEquals(204, f.reporter.delete(attachments + "/" + pngId).status());
        assertEquals(404, f.reporter.download(attachments + "/" + pngId).statusCode());
        JsonObject view = ok(f.reporter.get("/api/v1/cases/" + id)).json();
        assertEquals(9, view.getJsonArray("attachments").size());

        // Submitted: reviewers of the province and the nation download; nobody adds or removes any more.
        ok(f.reporter.post("/api/v1/cases/" + id + "/submit", ""));
        assertArrayEquals(pdf, f.reviewer.download(attachments + "/" + pdfId).body());
        assertEquals(200, national.download(attachments + "/" + pdfId).statusCode());
        assertEquals(404, f.otherProvince.download(attachments + "/" + pdfId).statusCode());
        assertEquals(404, agency.download(attachments + "/" + pdfId).statusCode());
        assertEquals(404, admin.download(attachments + "/" + pdfId).statusCode());
        assertEquals(409, upload(f.reporter, attachments + "?filename=late.png", "image/png", null, image()).status());
        assertEquals(409, f.reporter.delete(attachments + "/" + pdfId).status());
        assertEquals(403, national.delete(attachments + "/" + pdfId).status());
        assertEquals(403, upload(national, attachments + "?filename=n.png", "image/png", null, image()).status());
    }

    /**
     * An upload under way holds no database connection (issue 21 §11): more clients than the pool has
     * connections (40) each send the start of an attachment and stall, as a slow line does for minutes; the
     * portal still answers every other request, and what never arrived whole is not stored. The file is read
     * before the service's transaction; a lock or a write taken before the body is read (as the case's
     * attachment lock would be) would hold a connection per stalled upload and fail this.
     */
    @Test
    void uploadsUnderWayHoldNoDatabaseConnection() throws Exception {
        Fixture f = fixture("慢速上传测试市");
        long id = f.reporter.post(f.cases(), "{\"title\": \"慢速上传\"}").json().getJsonNumber("id").longValue();
        String attachments = "/api/v1/cases/" + id + "/attachments?filename=slow.png";
        byte[] start = Arrays.copyOf(image(), 1024);
        List<java.net.Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 45; i++) {
                stalled.add(startUpload(f.reporterAccount, attachments, 2 << 20, start));
            }
            // Long enough for every stalled upload to pass sign-in and reach its resource, where it waits for
            // the rest of its body; a portal whose uploads hold connections has none left by then.
            java.time.Instant until = java.time.Instant.now().plusSeconds(20);
            while (java.time.Instant.now().isBefore(until)) {
                Api.Answer other = f.reporter.send(f.reporter.request("/api/v1/cases/" + id)
                        .timeout(java.time.Duration.ofSeconds(30)).GET());
                assertEquals(200, other.status(), other::toString);
                Thread.sleep(1000);
            }
        } finally {
            for (java.net.Socket socket : stalled) {
                socket.close();
            }
        }
        Fixtures.await(java.time.Duration.ofSeconds(30), () -> f.reporter.get("/api/v1/cases/" + id).json()
                .getJsonArray("attachments").isEmpty(), () -> "no attachment from an upload that never arrived whole");
        assertEquals(0, Fixtures.count("select count(*) from case_attachment where case_id = " + id));
    }

    /** Opens a raw upload declaring {@code declared} bytes and sends only {@code start}, then leaves it open. */
    private static java.net.Socket startUpload(Fixtures.Account account, String path, int declared, byte[] start)
            throws IOException {
        java.net.URI portal = org.pilotops.testing.TestEnvironment.portal();
        java.net.Socket socket = new java.net.Socket(portal.getHost(), portal.getPort());
        String credentials = java.util.Base64.getEncoder().encodeToString(
                (account.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + portal.getHost() + ":" + portal.getPort()
                + "\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: image/png\r\nContent-Length: "
                + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(start);
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    void aDraftNeverSubmittedIsDeletedWithItsAttachmentsByItsReporters() throws IOException {
        Fixture f = fixture("删除测试市");
        JsonObject draft = ok(f.reporter.post(f.cases(), "{\"title\": \"要删除的草稿\"}")).json();
        long id = draft.getJsonNumber("id").longValue();
        String one = "/api/v1/cases/" + id;
        assertEquals(201, upload(f.reporter, one + "/attachments?filename=a.png", "image/png", null, image()).status());
        assertEquals(404, otherCity.delete(one + "?version=0").status());
        assertEquals(404, f.reviewer.delete(one + "?version=0").status());
        assertEquals("version", field(f.reporter.delete(one), 0));
        assertEquals(409, f.reporter.delete(one + "?version=" + (draft.getJsonNumber("version").longValue() + 5)).status());
        assertEquals(204, f.reporter.delete(one + "?version=" + draft.getJsonNumber("version")).status());
        assertEquals(404, f.reporter.get(one).status());
        assertEquals(0, Fixtures.count("select count(*) from case_attachment where case_id = " + id));
        assertEquals(1, Fixtures.count("select count(*) from audit_entry where subject_type = 'typical-cases'"
                + " and subject_id = " + id + " and action = 'DELETE'"));
    }

    /** A submitted or selected case holds the records it links: deleting one is refused naming the case. */
    @Test
    void aRecordBehindAHandedInCaseIsNotDeletedAndADraftShowsItsLinkAsDeleted() {
        Fixture f = fixture("支撑记录测试市");
        String records = "/api/v1/cities/" + f.cityId + "/navigation-projects/";
        long recordId = ok(f.reporter.post(records, RecordSamples.body("navigation-projects", f.cityId))).json()
                .getJsonNumber("id").longValue();
        JsonObject draft = ok(f.reporter.post(f.cases(), draft(null, "有支撑记录的案例", "navigation-projects", recordId))).json();
        String one = "/api/v1/cases/" + draft.getJsonNumber("id");
        ok(f.reporter.put(one, complete(draft.getJsonNumber("version").longValue(), recordId)));
        ok(f.reporter.post(one + "/submit", "{}"));

        Api.Answer held = f.reporter.delete(records + recordId);
        assertEquals(409, held.status(), held::toString);
        assertEquals("urn:pilotops:problem:record-held", held.json().getString("type"));
        assertEquals("id", field(held, 0));
        assertTrue(held.body().contains(one), held::toString);
        assertEquals(200, f.reporter.get(records + recordId).status(), "the record is still there");

        // Returned to the city, the case is a draft again: the record may go, and the case shows it gone.
        ok(national.post(one + "/return", "{\"comment\": \"请补充\"}"));
        assertEquals(204, f.reporter.delete(records + recordId).status());
        JsonObject link = ok(f.reporter.get(one)).json().getJsonArray("links").getJsonObject(0);
        assertEquals(recordId, link.getJsonNumber("id").longValue());
        assertTrue(link.isNull("facts"), "a deleted record shows without facts: " + link);
    }

    // ----------------------------------------------------------------------------------------------------

    /**
     * An upload whose {@code Content-Disposition} carries the file name's bytes raw, as many clients send it
     * (Java's HttpClient would turn them into '?'): the answer's status line and body.
     */
    static String rawUpload(Fixtures.Account account, String path, byte[] fileName, byte[] body) throws IOException {
        java.net.URI portal = org.pilotops.testing.TestEnvironment.portal();
        try (java.net.Socket socket = new java.net.Socket(portal.getHost(), portal.getPort())) {
            String credentials = java.util.Base64.getEncoder().encodeToString(
                    (account.username() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: " + portal.getHost() + ":" + portal.getPort()
                    + "\r\nAuthorization: Basic " + credentials + "\r\nContent-Type: image/png\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\nContent-Disposition: attachment; filename=\"")
                    .getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(fileName);
            request.writeBytes("\"\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(body);
            socket.getOutputStream().write(request.toByteArray());
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String draft(String area, String title, String kind, long recordId) {
        return """
                {"title": "%s", "area": %s, "links": [{"kind": "%s", "id": %d}]}"""
                .formatted(title, area == null ? "null" : "\"" + area + "\"", kind, recordId);
    }

    static String complete(long version, long recordId) {
        return """
                {"version": %d, "year": 2020, "area": "OPERATION", "title": "专利质押融资“政银保”模式",
                 "background": "中小企业融资难。", "measures": "设立风险补偿资金池。",
                 "results": "融资 1.2 亿元\\n服务企业 35 家",
                 "links": [{"kind": "navigation-projects", "id": %d}]}""".formatted(version, recordId);
    }

    static Api.Answer upload(Api api, String path, String contentType, String disposition, byte[] bytes) {
        HttpRequest.Builder request = api.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        return api.send(request);
    }

    static Api.Answer ok(Api.Answer answer) {
        assertTrue(answer.status() == 200 || answer.status() == 201, answer::toString);
        return answer;
    }

    static List<JsonObject> list(Api api, String path) {
        Api.Answer answer = api.get(path);
        assertEquals(200, answer.status(), answer::toString);
        return ((JsonArray) answer.structure()).getValuesAs(JsonObject.class);
    }

    static List<Long> ids(List<JsonObject> lines) {
        return lines.stream().map(l -> l.getJsonNumber("id").longValue()).toList();
    }

    static String field(Api.Answer answer, int index) {
        return answer.json().getJsonArray("violations").getJsonObject(index).getString("field");
    }

    static List<String> fields(Api.Answer answer) {
        return answer.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted().toList();
    }

    static byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (com.lowagie.text.Document document = new com.lowagie.text.Document()) {
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            document.add(new com.lowagie.text.Paragraph("Typical case attachment"));
        }
        return out.toByteArray();
    }

    /** A file that starts like a PDF and is {@code size} bytes long: its type is never judged, its size refuses it. */
    static byte[] hugePdf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 20; i++) {
                document.createParagraph().createRun().setText("典型案例附件 " + i + " " + "文".repeat(100));
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] image() throws IOException {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
