package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.TestEnvironment;

/**
 * CSV and XLSX import and export through the API: a dry run reports and stores nothing; a real import
 * stores all rows or none; broken files get a clear 4xx; 100,000 rows import in one go; an export reads
 * back as an import. 张家港市 is city 1.
 */
class RecordImportExportIT {

    static final String NAVIGATION = "/api/v1/cities/1/navigation-projects";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String HEADER = "title,type,industry,leadOrganisation,startDate,endDate,budget,status,smesReached";

    final Api city = Api.as("city-zjg");

    static String row(String title, String start) {
        return title + ",INDUSTRY_PLANNING,新材料,科学技术局," + start + ",,\"1,200.50\",ONGOING,3";
    }

    Api.Answer upload(Api api, String path, String contentType, byte[] body) {
        return api.send(api.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static long count(String where) {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select count(*) from navigation_project where city_id = 1 and " + where)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDryRunReportsAndARealImportStoresEveryRow() throws SQLException {
        String tag = "导入" + UUID.randomUUID().toString().substring(0, 6);
        byte[] csv = String.join("\n", HEADER, row(tag + "一", "2019-01-05"), row(tag + "二", "2019-02-06"),
                row(tag + "三", "2020-03-07")).getBytes(StandardCharsets.UTF_8);

        Api.Answer dry = upload(city, NAVIGATION + "/import?dryRun=true", "text/csv", csv);
        assertEquals(200, dry.status(), dry::toString);
        assertEquals(3, dry.json().getInt("accepted"));
        assertEquals(0, dry.json().getInt("rejected"));
        assertEquals(0, count("title like '" + tag + "%'"), "a dry run stores nothing");

        Api.Answer real = upload(city, NAVIGATION + "/import?dryRun=false", "text/csv", csv);
        assertEquals(201, real.status(), real::toString);
        assertEquals(3, real.json().getInt("created"));
        assertEquals(3, count("title like '" + tag + "%' and source = 'IMPORT' and created_by = 'city-zjg'"));
        String importId = real.json().getString("importId");
        assertEquals(3, audited("import_id = '" + importId + "' and action = 'CREATE' and source = 'IMPORT' "
                + "and actor = 'city-zjg' and subject_type = 'navigation-projects' and after_state like '%" + tag + "%'"),
                "one audit entry per imported record, sharing the import's id");
    }

    static long audited(String where) {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("select count(*) from audit_entry where " + where)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyBadRowIsListedAndNothingIsStored() {
        String tag = "坏行" + UUID.randomUUID().toString().substring(0, 6);
        byte[] csv = String.join("\n", HEADER, row(tag + "好", "2019-01-05"),
                tag + "坏一,PLANNING,新材料,科学技术局,2019-01-05,,100,ONGOING,1",
                row(tag + "好二", "2019-02-30"),
                tag + "坏三,INDUSTRY_PLANNING,新材料,科学技术局,2019-05-01,2019-01-01,12.345,COMPLETED,").getBytes(StandardCharsets.UTF_8);

        JsonObject dry = upload(city, NAVIGATION + "/import", "text/csv", csv).json();
        assertEquals(4, dry.getInt("total"));
        assertEquals(1, dry.getInt("accepted"));
        assertEquals(3, dry.getInt("rejected"));
        var rows = dry.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertTrue(rows.stream().anyMatch(r -> r.getInt("row") == 2 && r.getString("field").equals("type")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.getInt("row") == 3 && r.getString("field").equals("startDate")));
        assertTrue(rows.stream().anyMatch(r -> r.getInt("row") == 4 && r.getString("field").equals("budget")));

        Api.Answer real = upload(city, NAVIGATION + "/import?dryRun=false", "text/csv", csv);
        assertEquals(400, real.status());
        assertEquals(3, real.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("row")).distinct().count());
        assertEquals(0, count("title like '" + tag + "%'"), "all rows or none");
    }

    @Test
    void xlsxFilesWithTheSameColumnsImportToo() throws IOException {
        String tag = "表格" + UUID.randomUUID().toString().substring(0, 6);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            String[] header = HEADER.split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(tag + r);
                row.createCell(1).setCellValue("ENTERPRISE_OPERATION");
                row.createCell(2).setCellValue("生物医药");
                row.createCell(3).setCellValue("科学技术局");
                var date = row.createCell(4);
                date.setCellValue(java.time.LocalDate.of(2019, 5, r));
                var style = workbook.createCellStyle();
                style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
                date.setCellStyle(style);
                row.createCell(6).setCellValue(98765.4);
                row.createCell(7).setCellValue("PLANNED");
                row.createCell(8).setCellValue(7);
            }
            workbook.write(bytes);
        }
        Api.Answer stored = upload(city, NAVIGATION + "/import?dryRun=false", XLSX, bytes.toByteArray());
        assertEquals(201, stored.status(), stored::toString);
        assertEquals(2, count("title like '" + tag + "%' and start_date >= '2019-05-01' and budget = 98765.40"));
    }

    @Test
    void brokenFilesGetAClearRefusal() {
        byte[] garbage = new byte[4096];
        new java.util.Random(1).nextBytes(garbage);
        assertFileRefused(upload(city, NAVIGATION + "/import", "text/csv", garbage), "file");
        assertFileRefused(upload(city, NAVIGATION + "/import", XLSX, (HEADER + "\n").getBytes(StandardCharsets.UTF_8)), "file");
        byte[] gbk = (HEADER + "\n" + row("国标编码", "2019-01-05")).getBytes(Charset.forName("GBK"));
        assertFileRefused(upload(city, NAVIGATION + "/import", "text/csv", gbk), "file");
        assertFileRefused(upload(city, NAVIGATION + "/import", "text/csv",
                "title,colour\nx,red".getBytes(StandardCharsets.UTF_8)), "type");
        assertFileRefused(upload(city, NAVIGATION + "/import", "text/csv",
                (HEADER + "\n\"unterminated,INDUSTRY_PLANNING").getBytes(StandardCharsets.UTF_8)), "file");
        assertEquals(415, upload(city, NAVIGATION + "/import", "application/pdf", garbage).status());
        assertEquals(413, city.send(city.request(NAVIGATION + "/import").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    long left = 65L << 20;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'a' : -1;
                    }
                }))).status());
    }

    static void assertFileRefused(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer::toString);
        assertTrue(answer.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("field").equals(field)), answer::toString);
    }

    @Test
    void importsKeepTheScopeOfLogging() {
        byte[] csv = (HEADER + "\n" + row("越权", "2019-01-05")).getBytes(StandardCharsets.UTF_8);
        assertEquals(404, upload(Api.as("city-2"), NAVIGATION + "/import", "text/csv", csv).status());
        assertEquals(403, upload(Api.as("province-js"), NAVIGATION + "/import", "text/csv", csv).status());
        assertEquals(403, upload(Api.as("agency-1"), "/api/v1/cities/1/pledge-financings/import", "text/csv", csv).status());
    }

    @Test
    void anExportReadsBackAsAnImport() throws IOException {
        for (String format : List.of("csv", "xlsx")) {
            HttpResponse<byte[]> exported = exportOf(format);
            assertEquals(200, exported.statusCode());
            assertTrue(exported.headers().firstValue("Content-Disposition").orElseThrow().contains("navigation-projects-1-2018"));
            Api.Answer again = upload(city, NAVIGATION + "/import?dryRun=true", format.equals("csv") ? "text/csv" : XLSX,
                    exported.body());
            assertEquals(200, again.status(), again::toString);
            assertEquals(0, again.json().getInt("rejected"), again::toString);
            assertEquals(count("year = 2018"), again.json().getInt("total"));
            assertEquals(again.json().getInt("total"), again.json().getInt("unchanged"), "an export imported back changes nothing");
            assertEquals(0, again.json().getInt("created"), again::toString);
        }
        String csv = new String(exportOf("csv").body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals("id,version,year," + HEADER, csv.lines().findFirst().orElseThrow());
        records.forEach(r -> assertEquals("2018", r.get("year")));
        assertEquals(404, Api.as("city-2").get(NAVIGATION + "/export?format=csv").status());
    }

    /**
     * The round trip a city office makes: export, correct some rows in the spreadsheet, add one, drop the
     * rest, import again. Rows with their id update their records (not duplicates), a row without id adds
     * one, and each change is audited as an import. A row of a record changed since the export, or with
     * the id of another city's record, is a row error and nothing is stored.
     */
    @Test
    void anEditedExportImportedAgainUpdatesInsteadOfDuplicating() throws IOException {
        String tag = "往返" + UUID.randomUUID().toString().substring(0, 6);
        byte[] seed = String.join("\n", HEADER, row(tag + "甲", "2020-03-01"), row(tag + "乙", "2020-04-01"),
                row(tag + "丙", "2020-05-01")).getBytes(StandardCharsets.UTF_8);
        assertEquals(201, upload(city, NAVIGATION + "/import?dryRun=false", "text/csv", seed).status());

        List<CSVRecord> exported = csvRecords(exportOf("csv", 2020));
        List<String> header = exported.get(0).getParser().getHeaderNames();
        StringBuilder edited = new StringBuilder(String.join(",", header)).append('\n');
        String keptId = null;
        for (CSVRecord r : exported) {
            if (!r.get("title").startsWith(tag)) {
                continue; // a file may hold just the rows to correct
            }
            List<String> cells = new java.util.ArrayList<>(r.toList());
            if (r.get("title").equals(tag + "甲")) {
                cells.set(header.indexOf("title"), tag + "甲改");
                cells.set(header.indexOf("smesReached"), "9");
            } else if (r.get("title").equals(tag + "乙")) {
                cells.set(header.indexOf("budget"), "2000.00");
            } else {
                keptId = r.get("id");
            }
            edited.append(csvLine(cells)).append('\n');
        }
        edited.append(",,,").append(row(tag + "丁", "2020-06-01")).append('\n');
        byte[] file = edited.toString().getBytes(StandardCharsets.UTF_8);

        JsonObject dry = upload(city, NAVIGATION + "/import?dryRun=true", "text/csv", file).json();
        assertEquals(List.of(4, 1, 2, 1, 0), List.of(dry.getInt("total"), dry.getInt("created"), dry.getInt("updated"),
                dry.getInt("unchanged"), dry.getInt("rejected")), dry::toString);
        assertEquals(3, count("title like '" + tag + "%'"), "a dry run stores nothing");

        Api.Answer stored = upload(city, NAVIGATION + "/import?dryRun=false", "text/csv", file);
        assertEquals(201, stored.status(), stored::toString);
        assertEquals(4, count("title like '" + tag + "%'"), "three corrected or kept, one added: no duplicates");
        assertEquals(1, count("title = '" + tag + "甲改' and smes_reached = 9 and updated_by = 'city-zjg'"));
        assertEquals(1, count("title = '" + tag + "乙' and budget = 2000.00"));
        String importId = stored.json().getString("importId");
        assertEquals(2, audited("import_id = '" + importId + "' and action = 'UPDATE' and source = 'IMPORT'"));
        assertEquals(1, audited("import_id = '" + importId + "' and action = 'CREATE'"));
        assertEquals(0, audited("import_id = '" + importId + "' and subject_id = " + keptId), "unchanged rows leave no trace");

        // The same file again: its versions are stale now for the two corrected rows.
        Api.Answer stale = upload(city, NAVIGATION + "/import?dryRun=false", "text/csv", file);
        assertEquals(400, stale.status(), stale::toString);
        var rows = stale.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(2, rows.stream().filter(r -> r.getString("field").equals("version")).count(), rows::toString);
        assertEquals(4, count("title like '" + tag + "%'"), "all rows or none");

        // An id of another city's record is a row error naming the id.
        long foreign = Api.as("city-2").get("/api/v1/cities/2/navigation-projects?size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        byte[] intruder = ("id," + HEADER + "\n" + foreign + "," + row(tag + "越界", "2020-07-01"))
                .getBytes(StandardCharsets.UTF_8);
        JsonObject refused = upload(city, NAVIGATION + "/import?dryRun=true", "text/csv", intruder).json();
        assertEquals(1, refused.getInt("rejected"), refused::toString);
        assertEquals("id", refused.getJsonArray("rows").getJsonObject(0).getString("field"));
    }

    /** Text that a spreadsheet would run as a formula leaves as text, and comes back as it was written. */
    @Test
    void formulasInTextAreExportedAsTextAndImportedBackAsWritten() throws IOException {
        String tag = "公式" + UUID.randomUUID().toString().substring(0, 6);
        String title = "=HYPERLINK(\"http://example.invalid\",\"" + tag + "\")";
        Api.Answer created = city.post(NAVIGATION, """
                {"title": %s, "type": "INDUSTRY_PLANNING", "industry": "@SUM(1+1)", "leadOrganisation": "=1+2",
                 "startDate": "2020-08-01", "budget": "10", "status": "PLANNED"}"""
                .formatted(jakarta.json.Json.createValue(title).toString()));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();

        HttpResponse<byte[]> file = exportOf("csv", 2020);
        List<CSVRecord> rows = csvRecords(file);
        CSVRecord exported = rows.stream().filter(r -> r.get("id").equals(String.valueOf(id))).findFirst().orElseThrow();
        assertEquals("'" + title, exported.get("title"));
        assertEquals("'=1+2", exported.get("leadOrganisation"));
        assertEquals("'@SUM(1+1)", exported.get("industry"));
        assertEquals("10.00", exported.get("budget"), "numbers stay numbers");
        assertTrue(new String(file.body(), StandardCharsets.UTF_8).contains(",10.00,"), "and are written unquoted");

        // Only this record's row goes back: the year may also hold the 100,000 rows of another test, and
        // checking those again would time the import rather than the round trip of these cells.
        String back = String.join(",", rows.get(0).getParser().getHeaderNames()) + "\n" + csvLine(exported.toList());
        JsonObject checked = upload(city, NAVIGATION + "/import?dryRun=true", "text/csv",
                back.getBytes(StandardCharsets.UTF_8)).json();
        assertEquals(List.of(1, 0, 0, 1), List.of(checked.getInt("total"), checked.getInt("rejected"),
                checked.getInt("updated"), checked.getInt("unchanged")), "the apostrophe is taken off again: nothing changed");
    }

    private static List<CSVRecord> csvRecords(HttpResponse<byte[]> exported) throws IOException {
        String csv = new String(exported.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    private static String csvLine(List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        CSVFormat.DEFAULT.printRecord(line, cells.toArray());
        return line.toString().strip();
    }

    private HttpResponse<byte[]> exportOf(String format) {
        return exportOf(format, 2018);
    }

    private HttpResponse<byte[]> exportOf(String format, int year) {
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(city.request(NAVIGATION + "/export?format=" + format + "&year=" + year).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void oneHundredThousandRowsImportInOneGo() {
        String tag = "大文件" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 100_000; i++) {
            csv.append(row(tag + i, "2020-0" + (1 + i % 9) + "-1" + (i % 10))).append('\n');
        }
        Api.Answer stored = upload(city, NAVIGATION + "/import?dryRun=false", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(201, stored.status(), stored::toString);
        assertEquals(100_000, stored.json().getInt("accepted"));
        assertEquals(100_000, count("title like '" + tag + "%'"));
    }
}
