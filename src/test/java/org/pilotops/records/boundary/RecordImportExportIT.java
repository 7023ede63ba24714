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
        byte[] csv = String.join("\n", HEADER, row(tag + "一", "2018-01-05"), row(tag + "二", "2019-02-06"),
                row(tag + "三", "2020-03-07")).getBytes(StandardCharsets.UTF_8);

        Api.Answer dry = upload(city, NAVIGATION + "/import?dryRun=true", "text/csv", csv);
        assertEquals(200, dry.status(), dry::toString);
        assertEquals(3, dry.json().getInt("accepted"));
        assertEquals(0, dry.json().getInt("rejected"));
        assertEquals(0, count("title like '" + tag + "%'"), "a dry run stores nothing");

        Api.Answer real = upload(city, NAVIGATION + "/import?dryRun=false", "text/csv", csv);
        assertEquals(201, real.status(), real::toString);
        assertEquals(3, count("title like '" + tag + "%' and source = 'IMPORT' and created_by = 'city-zjg'"));
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet audit = s.executeQuery("select after_state from audit_entry where action = 'IMPORT' "
                     + "and actor = 'city-zjg' order by id desc limit 1")) {
            assertTrue(audit.next());
            assertTrue(audit.getString(1).contains("\"records\":3"), audit.getString(1));
        }
    }

    @Test
    void everyBadRowIsListedAndNothingIsStored() {
        String tag = "坏行" + UUID.randomUUID().toString().substring(0, 6);
        byte[] csv = String.join("\n", HEADER, row(tag + "好", "2018-01-05"),
                tag + "坏一,PLANNING,新材料,科学技术局,2018-01-05,,100,ONGOING,1",
                row(tag + "好二", "2019-02-30"),
                tag + "坏三,INDUSTRY_PLANNING,新材料,科学技术局,2018-05-01,2018-01-01,12.345,COMPLETED,").getBytes(StandardCharsets.UTF_8);

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
        byte[] gbk = (HEADER + "\n" + row("国标编码", "2018-01-05")).getBytes(Charset.forName("GBK"));
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
        byte[] csv = (HEADER + "\n" + row("越权", "2018-01-05")).getBytes(StandardCharsets.UTF_8);
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
        }
        String csv = new String(exportOf("csv").body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals("id,year," + HEADER, csv.lines().findFirst().orElseThrow());
        records.forEach(r -> assertEquals("2018", r.get("year")));
        assertEquals(404, Api.as("city-2").get(NAVIGATION + "/export?format=csv").status());
    }

    private HttpResponse<byte[]> exportOf(String format) {
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(city.request(NAVIGATION + "/export?format=" + format + "&year=2018").GET().build(),
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
