package org.pilotops.summary.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.TestEnvironment;

/**
 * Annual summaries over the API against the packaged portal (demo clock 2020-12-01): the review path
 * with the year lock on the city's records, refused steps, the scope of every role, reporting years and
 * the overview's rates. Tests that change summaries register a province-level unit's city of their own,
 * with its own reporter and province reviewer, so the demo summaries stay in the states SPEC §10 names.
 */
class AnnualSummaryApiIT {

    static final String SECTIONS = """
            {"NAVIGATION": "导航", "OPERATION": "运营", "PROTECTION": "保护", "MANAGEMENT": "管理",
             "PUBLIC_SERVICE": "公共服务", "TALENT": "人才"}""";

    final Api admin = Api.as("admin");
    final Api national = Api.as("national");

    /** A fresh pilot city in a province without any, with a reporter and a reviewer of that province. */
    record Fixture(int province, long cityId, Api reporter, Api reviewer) {
        String summary(int year) {
            return "/api/v1/cities/" + cityId + "/annual-summaries/" + year;
        }
    }

    @Test
    void theWholeReviewPathLocksTheYearsRecordsUntilReopened() throws SQLException {
        Fixture f = fixture();
        String summary = f.summary(2019);

        JsonObject fresh = ok(f.reporter.get(summary));
        assertEquals("NOT_STARTED", fresh.getString("status"));
        assertEquals(List.of("EDIT"), strings(fresh.getJsonArray("allowedActions")));
        assertEquals(0, fresh.getJsonArray("history").size());
        assertEquals("2019-12-31", fresh.getString("dueDate"));

        // A record of 2019 and one of 2020, before anything is locked.
        String projects = "/api/v1/cities/" + f.cityId + "/navigation-projects";
        Api.Answer made = f.reporter.post(projects, RecordSamples.body("navigation-projects", f.cityId));
        assertEquals(201, made.status(), made::toString);
        JsonObject record = made.json();
        Api.Answer made2020 = f.reporter.post(projects, RecordSamples.body("navigation-projects", f.cityId)
                .replace("2019-03-01", "2020-03-01").replace("2019-12-31", "2020-12-31"));
        assertEquals(201, made2020.status(), made2020::toString);

        Api.Answer incomplete = f.reporter.post(summary + "/submit", "{}");
        assertEquals(409, incomplete.status(), "nothing written yet: not started allows only editing: " + incomplete);

        JsonObject draft = ok(f.reporter.put(summary, draft(fresh.getJsonNumber("version").longValue(), "PLEDGE_FINANCINGS", "5")));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("导航", draft.getJsonObject("sections").getString("NAVIGATION"));
        assertFalse(draft.getBoolean("indicatorsFrozen"));
        JsonObject again = ok(f.reporter.put(summary, draft(draft.getJsonNumber("version").longValue(), "PLEDGE_FINANCINGS", "6")));
        Api.Answer stale = f.reporter.put(summary, draft(draft.getJsonNumber("version").longValue(), "PLEDGE_FINANCINGS", "7"));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("urn:pilotops:problem:stale-version", stale.json().getString("type"));
        assertEquals(0, new BigDecimal("6").compareTo(again.getJsonObject("targets").getJsonNumber("PLEDGE_FINANCINGS").bigDecimalValue()));

        JsonObject submitted = ok(f.reporter.post(summary + "/submit", "{\"comment\": \"请审核\"}"));
        assertEquals("SUBMITTED", submitted.getString("status"));
        assertTrue(submitted.getBoolean("indicatorsFrozen"));
        assertEquals(false, submitted.getBoolean("onTime"), "2019's summary handed in on the demo's 2020-12-01");
        assertTrue(submitted.getJsonObject("indicators").getJsonObject("figures").getJsonNumber("NAVIGATION_PROJECTS")
                .intValue() >= 1, submitted::toString);

        // Another province's reviewer does not even see the summary; a city reporter may not return it.
        assertEquals(404, Api.as("province-js").post(summary + "/endorse", "{}").status());
        assertEquals(403, f.reporter.post(summary + "/return", "{\"comment\": \"x\"}").status());

        Api.Answer bare = f.reviewer.post(summary + "/return", "{}");
        assertEquals(400, bare.status(), bare::toString);
        assertEquals("comment", bare.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        JsonObject returned = ok(f.reviewer.post(summary + "/return", "{\"comment\": \"请补充保护部分的数据\"}"));
        assertEquals("RETURNED", returned.getString("status"));
        assertFalse(returned.getBoolean("indicatorsFrozen"), "live again while the city edits");
        ok(f.reporter.post(summary + "/submit", ""));

        Api.Answer early = national.post(summary + "/accept", "{}");
        assertEquals(409, early.status(), "endorsement comes first: " + early);
        assertEquals("urn:pilotops:problem:summary-state", early.json().getString("type"));
        assertEquals("status", early.json().getJsonArray("violations").getJsonObject(0).getString("field"),
                "the problem says what the state allows");
        assertEquals(403, national.post(summary + "/endorse", "{}").status(), "national reviewers do not endorse");

        JsonObject endorsed = ok(f.reviewer.post(summary + "/endorse", "{\"comment\": \"同意\"}"));
        assertEquals("ENDORSED", endorsed.getString("status"));
        JsonObject accepted = ok(national.post(summary + "/accept", "{}"));
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals(List.of("REOPEN"), strings(accepted.getJsonArray("allowedActions")));
        List<JsonObject> history = accepted.getJsonArray("history").getValuesAs(JsonObject.class);
        assertEquals(List.of("EDIT", "SUBMIT", "RETURN", "SUBMIT", "ENDORSE", "ACCEPT"),
                history.stream().map(h -> h.getString("action")).toList());
        assertEquals("请补充保护部分的数据", history.get(2).getString("comment"));
        assertEquals("SUBMITTED", history.get(2).getString("from"));
        assertEquals("RETURNED", history.get(2).getString("to"));
        assertEquals("national", history.get(5).getString("actor"));

        // The year's records are locked: changing, adding, deleting, moving in or out.
        String one = projects + "/" + record.getJsonNumber("id").longValue();
        Api.Answer locked = f.reporter.put(one, record.toString());
        assertEquals(409, locked.status(), locked::toString);
        assertEquals("urn:pilotops:problem:year-locked", locked.json().getString("type"));
        assertTrue(locked.json().getString("detail").contains(summary), locked::toString);
        assertEquals(409, f.reporter.post(projects, RecordSamples.body("navigation-projects", f.cityId)).status());
        assertEquals(409, f.reporter.delete(one).status());
        JsonObject r2020 = made2020.json();
        String moved = r2020.toString().replace("2020-03-01", "2019-04-01").replace("2020-12-31", "2019-12-31");
        assertEquals(409, f.reporter.put(projects + "/" + r2020.getJsonNumber("id").longValue(), moved).status(),
                "a record moved into the locked year");
        String out = record.toString().replace("2019-03-01", "2020-03-01").replace("2019-12-31", "2020-12-31");
        assertEquals(409, f.reporter.put(one, out).status(), "a record moved out of the locked year");

        byte[] csv = ("title,type,industry,leadOrganisation,startDate,endDate,budget,status,smesReached\n"
                + "锁定年度导入,INDUSTRY_PLANNING,新材料,科学技术局,2019-06-01,,100,ONGOING,3\n"
                + "开放年度导入,INDUSTRY_PLANNING,新材料,科学技术局,2020-06-01,,100,ONGOING,3\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Answer imported = f.reporter.send(f.reporter.request(projects + "/import?dryRun=true")
                .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(csv)));
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(1, imported.json().getInt("rejected"), imported::toString);
        JsonObject rowProblem = imported.json().getJsonArray("rows").getJsonObject(0);
        assertEquals(1, rowProblem.getInt("row"), rowProblem::toString);
        assertEquals("year", rowProblem.getString("field"));
        assertTrue(rowProblem.getString("message").contains(summary), rowProblem::toString);

        assertEquals(400, national.post(summary + "/reopen", "{}").status(), "reopening needs a reason");
        JsonObject reopened = ok(national.post(summary + "/reopen", "{\"comment\": \"数据需更正\"}"));
        assertEquals("DRAFT", reopened.getString("status"));
        Api.Answer edited = f.reporter.put(one, record.toString());
        assertEquals(200, edited.status(), "reopened: the year is open again: " + edited);

        assertEquals(8, count("select count(*) from audit_entry where subject_type = 'annual-summaries' and city_id = "
                + f.cityId), "every change audited (two drafts, submit, return, submit, endorse, accept, reopen), no refusal");
    }

    @Test
    void everyRoleSeesAndDoesOnlyWhatItMay() {
        JsonObject zjg2019 = ok(Api.as("city-zjg").get("/api/v1/cities/1/annual-summaries/2019"));
        assertEquals("ENDORSED", zjg2019.getString("status"));
        assertTrue(zjg2019.getBoolean("indicatorsFrozen"));
        assertEquals(List.of(), strings(zjg2019.getJsonArray("allowedActions")));
        assertEquals("ACCEPTED", ok(national.get("/api/v1/cities/1/annual-summaries/2018")).getString("status"));
        assertEquals("DRAFT", ok(national.get("/api/v1/cities/1/annual-summaries/2020")).getString("status"));
        JsonObject returned = ok(Api.as("city-2").get("/api/v1/cities/2/annual-summaries/2018"));
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals(List.of("EDIT", "SUBMIT"), strings(returned.getJsonArray("allowedActions")));
        JsonObject lastStep = returned.getJsonArray("history").getJsonObject(returned.getJsonArray("history").size() - 1);
        assertEquals("RETURN", lastStep.getString("action"));
        assertFalse(lastStep.getString("comment").isBlank());
        assertEquals("NOT_STARTED", ok(national.get("/api/v1/cities/2/annual-summaries/2020")).getString("status"));
        assertEquals("SUBMITTED", ok(national.get("/api/v1/cities/2/annual-summaries/2019")).getString("status"));

        for (String outsider : List.of("city-2", "agency-1", "admin")) {
            Api.Answer answer = Api.as(outsider).get("/api/v1/cities/1/annual-summaries/2019");
            assertEquals(404, answer.status(), () -> outsider + ": " + answer);
        }
        assertEquals(404, Api.as("province-js").post("/api/v1/cities/2/annual-summaries/2019/endorse", "{}").status(),
                "Jiangsu's reviewer does not see Zhejiang's summaries");
        assertEquals(404, national.get("/api/v1/cities/1/annual-summaries/2031").status(), "no such reporting year");
        assertEquals(404, national.get("/api/v1/cities/99999/annual-summaries/2019").status());

        Api.Answer illegal = Api.as("city-zjg").post("/api/v1/cities/1/annual-summaries/2019/submit", "{}");
        assertEquals(409, illegal.status(), illegal::toString);
        assertEquals("urn:pilotops:problem:summary-state", illegal.json().getString("type"));
        assertEquals(403, Api.as("city-zjg").post("/api/v1/cities/1/annual-summaries/2019/accept", "{}").status());

        JsonObject own = ok(Api.as("city-2").get("/api/v1/annual-summaries?year=2019"));
        assertEquals(1, own.getJsonArray("cities").size(), own::toString);
        assertEquals(2, own.getJsonArray("cities").getJsonObject(0).getInt("cityId"));
        assertEquals(403, Api.as("agency-1").get("/api/v1/annual-summaries?year=2019").status());
        assertEquals(403, admin.get("/api/v1/annual-summaries?year=2019").status());
        assertEquals(400, national.get("/api/v1/annual-summaries?year=abc").status());

        assertEquals(200, Api.as("province-js").get("/api/v1/indicators?year=2019&provinceId=320000").status());
        assertEquals(403, Api.as("province-js").get("/api/v1/indicators?year=2019&provinceId=330000").status());
        assertEquals(403, Api.as("province-js").get("/api/v1/indicators?year=2019").status());
        assertEquals(403, Api.as("city-zjg").get("/api/v1/indicators?year=2019").status());
        assertEquals(404, Api.as("city-2").get("/api/v1/indicators?year=2019&cityId=1").status());
        JsonObject city = ok(Api.as("city-zjg").get("/api/v1/indicators?year=2019&cityId=1"));
        assertEquals("CITY", city.getString("level"));
        assertEquals(2019, city.getInt("year"));
        JsonObject nation = ok(national.get("/api/v1/indicators?year=2019"));
        assertEquals("NATION", nation.getString("level"));
        assertTrue(nation.getJsonObject("previousFigures") != null);
    }

    @Test
    void nationalReviewersSetUpYearsAndWithoutEndorsementAcceptDirectly() {
        JsonArray years = (JsonArray) Api.as("city-2").get("/api/v1/reporting-years").structure();
        assertEquals(List.of(2017, 2018, 2019, 2020), years.getValuesAs(JsonObject.class).stream()
                .map(y -> y.getInt("year")).toList());
        JsonObject y2018 = years.getValuesAs(JsonObject.class).get(1);
        long version = y2018.getJsonNumber("version").longValue();
        String off = "{\"summaryDueDate\": \"2019-01-31\", \"provinceEndorsement\": false, \"version\": %d}";
        assertEquals(403, Api.as("province-js").put("/api/v1/reporting-years/2018", off.formatted(version)).status());
        assertEquals(403, Api.as("city-zjg").put("/api/v1/reporting-years/2018", off.formatted(version)).status());
        assertEquals(400, national.put("/api/v1/reporting-years/2018",
                "{\"summaryDueDate\": \"2016-01-31\", \"provinceEndorsement\": false, \"version\": %d}".formatted(version)).status());

        Fixture f = fixture();
        JsonObject changed = ok(national.put("/api/v1/reporting-years/2018", off.formatted(version)));
        try {
            assertFalse(changed.getBoolean("provinceEndorsement"));
            assertEquals("2019-01-31", changed.getString("summaryDueDate"));
            assertEquals(409, national.put("/api/v1/reporting-years/2018", off.formatted(version)).status(), "stale version");

            String summary = f.summary(2018);
            ok(f.reporter.put(summary, draft(0, "TRAINING_SESSIONS", "3")));
            JsonObject submitted = ok(f.reporter.post(summary + "/submit", "{}"));
            assertEquals(List.of(), strings(submitted.getJsonArray("allowedActions")));
            assertEquals(List.of("ACCEPT", "RETURN"), strings(ok(national.get(summary)).getJsonArray("allowedActions")));
            assertEquals(409, f.reviewer.post(summary + "/endorse", "{}").status(), "nothing to endorse this year");
            assertEquals("ACCEPTED", ok(national.post(summary + "/accept", "{\"comment\": \"同意\"}")).getString("status"));
        } finally {
            JsonObject current = ((JsonArray) national.get("/api/v1/reporting-years").structure())
                    .getValuesAs(JsonObject.class).get(1);
            Api.Answer restored = national.put("/api/v1/reporting-years/2018",
                    "{\"summaryDueDate\": \"2018-12-31\", \"provinceEndorsement\": true, \"version\": %d}"
                            .formatted(current.getJsonNumber("version").longValue()));
            assertEquals(200, restored.status(), restored::toString);
        }
    }

    @Test
    void theOverviewCountsWhatWasHandedInAndWhenPerProvince() {
        Fixture a = fixture();
        Fixture b = secondCity(a);
        for (int year : List.of(2019, 2020)) {
            ok(a.reporter.put(a.summary(year), draft(0, "PLEDGE_FINANCINGS", "1")));
            ok(a.reporter.post(a.summary(year) + "/submit", "{}"));
        }
        ok(b.reporter.put(b.summary(2020), draft(0, "PLEDGE_FINANCINGS", "1")));

        JsonObject in2020 = province(ok(national.get("/api/v1/annual-summaries?year=2020")), a.province);
        assertEquals(List.of(2, 1, 1, 0, 1), List.of(in2020.getInt("expected"), in2020.getInt("submitted"),
                in2020.getInt("onTime"), in2020.getInt("late"), in2020.getInt("missing")), in2020::toString);
        assertEquals(0, new BigDecimal("0.5").compareTo(in2020.getJsonNumber("reportingRate").bigDecimalValue()));
        assertEquals(0, new BigDecimal("0.5").compareTo(in2020.getJsonNumber("onTimeRate").bigDecimalValue()));

        JsonObject in2019 = province(ok(a.reviewer.get("/api/v1/annual-summaries?year=2019")), a.province);
        assertEquals(List.of(2, 1, 0, 1, 1), List.of(in2019.getInt("expected"), in2019.getInt("submitted"),
                in2019.getInt("onTime"), in2019.getInt("late"), in2019.getInt("missing")), in2019::toString);
        assertEquals(0, BigDecimal.ZERO.compareTo(in2019.getJsonNumber("onTimeRate").bigDecimalValue()));
        JsonObject reviewerView = ok(a.reviewer.get("/api/v1/annual-summaries?year=2019"));
        assertEquals(2, reviewerView.getJsonArray("cities").size(), "the province reviewer sees its two cities only");
        assertEquals(0, new BigDecimal("0.5").compareTo(reviewerView.getJsonNumber("reportingRate").bigDecimalValue()));

        JsonObject own = ok(b.reporter.get("/api/v1/annual-summaries?year=2020"));
        assertEquals(1, own.getJsonArray("cities").size());
        JsonObject line = own.getJsonArray("cities").getJsonObject(0);
        assertEquals("DRAFT", line.getString("status"));
        assertEquals(jakarta.json.JsonValue.NULL, line.get("onTime"));
    }

    @Test
    void aSummaryAndTheOverviewDownloadAsDocumentsForWhoeverMaySeeThem() throws IOException {
        Fixture a = fixture();
        ok(a.reporter.put(a.summary(2020), draft(0, "PLEDGE_FINANCINGS", "1")));

        HttpResponse<byte[]> pdf = a.reviewer.download(a.summary(2020) + "?format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"summary-\\d{6}-2020\\.pdf\""),
                pdf.headers().toString());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("总结测试市") && text.contains("公共服务"), text);
        }

        HttpResponse<byte[]> xlsx = a.reporter.download(a.summary(2020) + "?format=XLSX");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertTrue(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().contains("总结测试市"));
        }

        Api.Answer unknown = a.reporter.get(a.summary(2020) + "?format=doc");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals("format", unknown.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(400, a.reviewer.get("/api/v1/annual-summaries?year=2020&format=pdf").status(), "overview: xlsx only");
        Fixture other = fixture();
        assertEquals(404, other.reporter.download(a.summary(2020) + "?format=pdf").statusCode(), "another city's");

        // The overview as the province reviewer sees it: its one city, and the province's rates.
        HttpResponse<byte[]> overview = a.reviewer.download("/api/v1/annual-summaries?year=2020&format=xlsx");
        assertEquals(200, overview.statusCode());
        assertEquals("attachment; filename=\"annual-summaries-2020.xlsx\"",
                overview.headers().firstValue("Content-Disposition").orElse(""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(overview.body()))) {
            var cities = workbook.getSheetAt(0);
            assertEquals(2, cities.getPhysicalNumberOfRows(), "a header and the province's one city");
            assertEquals("总结测试市", cities.getRow(1).getCell(1).getStringCellValue());
            assertEquals("草稿", cities.getRow(1).getCell(2).getStringCellValue());
            var rates = workbook.getSheetAt(1);
            var all = rates.getRow(rates.getLastRowNum());
            assertEquals("合计", all.getCell(0).getStringCellValue());
            assertEquals(List.of(1.0, 0.0, 1.0, 0.0), List.of(all.getCell(1).getNumericCellValue(),
                    all.getCell(2).getNumericCellValue(), all.getCell(5).getNumericCellValue(),
                    all.getCell(6).getNumericCellValue()), "expected, submitted, missing, reporting rate");
        }
    }

    /**
     * A year's lock covers the figures that count in it, not only the records dated in it (issue 21 §8): a
     * centre opened in accepted 2019 takes its 2020 caseload (it was refused), but neither its 2019 caseload
     * nor its status (counted as operating in every year from its opening) changes; park figures of the
     * accepted year are locked too.
     */
    @Test
    void anAcceptedYearLocksTheFiguresThatCountInIt() {
        Fixture f = fixture();
        String centres = "/api/v1/cities/" + f.cityId + "/protection-centres";
        String centre = """
                {"name": "跨年维权中心", "kind": "RAPID_RIGHTS_PROTECTION", "status": "%s", "openingDate": "2019-03-01",
                 "activity": [{"year": 2019, "casesAccepted": %d, "casesClosed": 8, "disputesMediated": 2}%s]%s}""";
        JsonObject made = created(f.reporter.post(centres, centre.formatted("OPERATING", 10, "", "")));
        String one = centres + "/" + made.getJsonNumber("id");
        String version = ", \"version\": " + made.getJsonNumber("version");
        String park = "/api/v1/cities/" + f.cityId + "/parks/"
                + created(admin.post("/api/v1/cities/" + f.cityId + "/parks", "{\"nameZh\": \"跨年园区\"}")).getJsonNumber("id");
        String figures = "{\"inventionPatentsPer10k\": \"50.00\", \"hasIpDepartment\": true, \"fullTimeIpStaff\": 2}";
        ok(admin.put(park + "/years/2019", figures));
        accept(f, 2019);

        Api.Answer caseload2019 = f.reporter.put(one, centre.formatted("OPERATING", 12, "", version));
        assertEquals(409, caseload2019.status(), "the 2019 caseload counts in accepted 2019: " + caseload2019);
        assertEquals("urn:pilotops:problem:year-locked", caseload2019.json().getString("type"));
        Api.Answer closed = f.reporter.put(one, centre.formatted("UNDER_CONSTRUCTION", 10, "", version));
        assertEquals(409, closed.status(), "its status counted it as operating in 2019: " + closed);
        String in2020 = ", {\"year\": 2020, \"casesAccepted\": 5, \"casesClosed\": 5, \"disputesMediated\": 1}";
        ok(f.reporter.put(one, centre.formatted("OPERATING", 10, in2020, version)));

        assertEquals(409, admin.put(park + "/years/2019", figures.replace("}", ", \"version\": 0}")).status(),
                "park figures of an accepted year");
        assertEquals(409, admin.delete(park + "/years/2019").status());
        assertEquals(409, admin.delete(park).status(), "nor the park that holds them");
        ok(admin.put(park + "/years/2020", figures));
    }

    private void accept(Fixture f, int year) {
        String summary = f.summary(year);
        JsonObject draft = ok(f.reporter.get(summary));
        ok(f.reporter.put(summary, """
                {"sections": %s, "nextYearPlan": "明年计划", "targets": {}, "version": %d}"""
                .formatted(SECTIONS, draft.getJsonNumber("version").longValue())));
        ok(f.reporter.post(summary + "/submit", "{}"));
        Api.Answer endorsed = f.reviewer.post(summary + "/endorse", "{}");
        assertTrue(endorsed.status() == 200 || endorsed.status() == 409, endorsed::toString);
        ok(national.post(summary + "/accept", "{}"));
    }

    private static JsonObject created(Api.Answer answer) {
        assertEquals(201, answer.status(), answer::toString);
        return answer.json();
    }

    // ---------------------------------------------------------------------------------------------------

    private static JsonObject province(JsonObject overview, int province) {
        return overview.getJsonArray("provinces").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("provinceId") == province).findFirst().orElseThrow(() -> new AssertionError(overview.toString()));
    }

    private static String draft(long version, String indicator, String target) {
        return """
                {"sections": %s, "nextYearPlan": "明年计划", "targets": {"%s": %s}, "version": %d}"""
                .formatted(SECTIONS, indicator, target, version);
    }

    private static JsonObject ok(Api.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private Fixture fixture() {
        int province = Fixtures.province();
        long city = createCity(province);
        Api reviewer = account("{\"roles\": [\"PROVINCE_REVIEWER\"], \"provinceId\": " + province + "}");
        return new Fixture(province, city, account("{\"roles\": [\"CITY_REPORTER\"], \"cityId\": " + city + "}"), reviewer);
    }

    private Fixture secondCity(Fixture first) {
        long city = createCity(first.province);
        return new Fixture(first.province, city, account("{\"roles\": [\"CITY_REPORTER\"], \"cityId\": " + city + "}"),
                first.reviewer);
    }

    private static long createCity(int province) {
        return Fixtures.city(province, "总结测试市");
    }

    private static Api account(String rolesAndScope) {
        return Fixtures.account(rolesAndScope, true).api();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
