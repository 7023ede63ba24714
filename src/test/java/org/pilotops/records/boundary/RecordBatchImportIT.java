package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.TestEnvironment;

/**
 * The batch import path (records written past JPA, in multi-row statements) stores what the API would:
 * for every kind, new records and corrections mixed in one file read back exactly as their audit entries
 * say, with ids and versions a later PUT accepts; and when the database refuses a late row (a number a
 * concurrent writer took, a record someone else changed meanwhile), nothing of the file stays, neither
 * rows nor audit entries. 张家港市 (city 1) serves the every-kind test, whose references need its agency
 * and park; the others make a city of their own.
 */
class RecordBatchImportIT {

    final Api city = Api.as("city-zjg");

    /** A field of each kind that a correction can change to any text. */
    static final Map<String, String> EDITABLE = Map.of("navigation-projects", "title", "pledge-financings", "lenderName",
            "trusteeship-contracts", "scope", "protection-centres", "name", "training-sessions", "title",
            "vouchers", "smeName", "free-filings", "smeName");

    static List<String> kinds() {
        return RecordSamples.KINDS;
    }

    static Api.Answer upload(Api api, String path, String csv) {
        return api.send(api.request(path).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void newAndCorrectedRecordsOfEveryKindReadBackAsTheirAuditSays(String kind) throws IOException, SQLException {
        String base = "/api/v1/cities/1/" + kind;
        Api.Answer seeded = city.post(base, RecordSamples.body(kind, 1));
        assertEquals(201, seeded.status(), seeded::toString);
        JsonObject seed = seeded.json();
        long seedId = seed.getJsonNumber("id").longValue();
        long seedVersion = seed.getJsonNumber("version").longValue();

        // The seed as an export writes it, so the file has exactly the kind's columns and formats.
        String exported = new String(city.download(base + "/export?format=csv&year=2019").body(), StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(exported)).getRecords();
        List<String> header = records.get(0).getParser().getHeaderNames();
        CSVRecord seedRow = records.stream().filter(r -> r.get("id").equals(String.valueOf(seedId))).findFirst().orElseThrow();

        String tag = "批量" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder(String.join(",", header)).append('\n');
        for (int i = 0; i < 3; i++) {
            List<String> cells = new ArrayList<>(seedRow.toList());
            cells.set(header.indexOf("id"), "");
            cells.set(header.indexOf("version"), "");
            cells.set(header.indexOf(EDITABLE.get(kind)), tag + "新" + i);
            if (header.contains("voucherNumber")) {
                cells.set(header.indexOf("voucherNumber"), tag + "-" + i);
            }
            if (header.contains("applicationNumber")) {
                cells.set(header.indexOf("applicationNumber"),
                        RecordSamples.applicationNumber((int) (Math.random() * 9_000_000) + i));
            }
            csv.append(line(cells)).append('\n');
        }
        List<String> corrected = new ArrayList<>(seedRow.toList());
        corrected.set(header.indexOf(EDITABLE.get(kind)), tag + "改");
        csv.append(line(corrected)).append('\n');

        Api.Answer stored = upload(city, base + "/import?dryRun=false", csv.toString());
        assertEquals(201, stored.status(), stored::toString);
        assertEquals(List.of(3, 1, 0, 0), List.of(stored.json().getInt("created"), stored.json().getInt("updated"),
                stored.json().getInt("unchanged"), stored.json().getInt("rejected")), stored::toString);
        String importId = stored.json().getString("importId");

        List<String[]> entries = auditOf(importId);
        assertEquals(4, entries.size(), "one audit entry per record created or corrected");
        List<Long> createdIds = new ArrayList<>();
        for (String[] entry : entries) {
            long id = Long.parseLong(entry[0]);
            JsonObject now = city.get(base + "/" + id).json();
            assertEquals(json(entry[3]), now, "the audit's state after is the record as the API reads it");
            assertEquals("IMPORT", entry[4]);
            assertEquals("city-zjg", entry[5]);
            if (entry[1].equals("CREATE")) {
                createdIds.add(id);
                assertNull(entry[2], "a new record has no state before");
                assertEquals(1, now.getJsonNumber("version").longValue());
                assertEquals("IMPORT", now.getString("source"));
                assertTrue(now.getString(EDITABLE.get(kind)).startsWith(tag + "新"), now::toString);
            } else {
                assertEquals("UPDATE", entry[1]);
                assertEquals(seedId, id);
                assertEquals(seed, json(entry[2]), "the state before is the record as it was read");
                assertEquals(seedVersion + 1, now.getJsonNumber("version").longValue());
                assertEquals(tag + "改", now.getString(EDITABLE.get(kind)));
                assertEquals("API", now.getString("source"), "a correction keeps where the record came from");
            }
        }
        assertEquals(3, createdIds.size());
        assertTrue(createdIds.get(0) < createdIds.get(1) && createdIds.get(1) < createdIds.get(2),
                "new records get their ids in the order of the file");

        // The ids and versions an import answers are the ones a client edits with.
        Api.Answer put = city.put(base + "/" + createdIds.get(0), RecordSamples.withVersion(RecordSamples.body(kind, 1), 1));
        assertEquals(200, put.status(), put::toString);
        assertEquals(2, put.json().getJsonNumber("version").longValue());
        Api.Answer putCorrected = city.put(base + "/" + seedId,
                RecordSamples.withVersion(RecordSamples.body(kind, 1), seedVersion + 1));
        assertEquals(200, putCorrected.status(), putCorrected::toString);

        for (long id : createdIds) {
            assertEquals(204, city.delete(base + "/" + id).status());
        }
        assertEquals(204, city.delete(base + "/" + seedId).status());
    }

    /**
     * A protection centre's yearly caseload lives in a table of its own: a new centre's years follow it
     * there, and a correction that changes them replaces them, read back as the audit says.
     */
    @Test
    void aCentresYearlyActivityFollowsItAndACorrectionReplacesIt() throws SQLException {
        long cityId = Fixtures.city(Fixtures.someProvince(), "维权中心导入市");
        Api reporter = Fixtures.reporter(cityId, false).api();
        String base = "/api/v1/cities/" + cityId + "/protection-centres";
        Api.Answer seeded = reporter.post(base, """
                {"name": "导入维权中心", "kind": "RAPID_RIGHTS_PROTECTION", "status": "OPERATING",
                 "openingDate": "2019-03-01", "activity": [{"year": 2019, "casesAccepted": 120, "casesClosed": 100,
                 "disputesMediated": 30}]}""");
        assertEquals(201, seeded.status(), seeded::toString);
        long seedId = seeded.json().getJsonNumber("id").longValue();
        String csv = "id,version,name,kind,status,openingDate,activity\n"
                + seedId + "," + seeded.json().getJsonNumber("version")
                + ",导入维权中心,RAPID_RIGHTS_PROTECTION,OPERATING,2019-03-01,2019:130/110/35; 2020:90/80/25\n"
                + ",,新建维权中心,IP_PROTECTION,OPERATING,2020-05-01,2020:1/2/3\n";

        Api.Answer stored = upload(reporter, base + "/import?dryRun=false", csv);
        assertEquals(201, stored.status(), stored::toString);
        assertEquals(List.of(1, 1), List.of(stored.json().getInt("created"), stored.json().getInt("updated")));
        for (String[] entry : auditOf(stored.json().getString("importId"))) {
            assertEquals(json(entry[3]), reporter.get(base + "/" + entry[0]).json(), "read back as audited");
        }
        JsonObject corrected = reporter.get(base + "/" + seedId).json();
        assertEquals(2, corrected.getJsonArray("activity").size(), corrected::toString);
        assertEquals(130, corrected.getJsonArray("activity").getJsonObject(0).getInt("casesAccepted"));
        assertEquals(2, Fixtures.count("select count(*) from protection_centre_activity where centre_id = " + seedId),
                "the old year replaced, not kept beside the new ones");
        assertEquals(1, Fixtures.count("select count(*) from protection_centre_activity a join protection_centre c"
                + " on c.id = a.centre_id where c.city_id = " + cityId + " and c.name = '新建维权中心' and a.year = 2020"
                + " and a.cases_accepted = 1 and a.cases_closed = 2 and a.disputes_mediated = 3"));
    }

    /**
     * Whether a unique number is taken is asked once per chunk of rows, yet every row is judged as the API
     * judges one record: a number the city holds (also in other letter case, as the database compares
     * it) is refused on its row, a number twice in the file on its second row, a correction keeping its own
     * number passes; rows on both sides of a chunk's edge.
     */
    @Test
    void uniqueNumbersAreJudgedRowByRowAcrossChunks() {
        long cityId = Fixtures.city(Fixtures.someProvince(), "唯一编号市");
        Api reporter = Fixtures.reporter(cityId, false).api();
        String base = "/api/v1/cities/" + cityId + "/vouchers";
        String tag = "U" + UUID.randomUUID().toString().substring(0, 6);
        String voucher = """
                {"kind": "INNOVATION", "voucherNumber": "%s", "smeName": "唯一企业有限公司",
                 "smeCreditCode": "91350200776049653A", "faceValue": "5000", "issuedDate": "2019-04-01",
                 "service": "STANDARD_IMPLEMENTATION"}""";
        Api.Answer held = reporter.post(base, voucher.formatted(tag + "-held"));
        assertEquals(201, held.status(), held::toString);
        assertEquals(201, reporter.post(base, voucher.formatted(tag + "-case")).status());

        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_205; i++) {
            lines.add(",,INNOVATION," + tag + "-" + i + ",唯一企业有限公司,91350200776049653A,5000,2019-04-01,STANDARD_IMPLEMENTATION");
        }
        lines.set(998, lines.get(998).replace(tag + "-998,", tag + "-held,"));
        lines.set(1_100, lines.get(1_100).replace(tag + "-1100,", tag.toLowerCase() + "-CASE,"));
        lines.set(1_150, lines.get(1_150).replace(tag + "-1150,", tag + "-5,"));
        lines.add(held.json().getJsonNumber("id") + "," + held.json().getJsonNumber("version")
                + ",INNOVATION," + tag + "-held,唯一企业有限公司,91350200776049653A,5000,2019-04-01,STANDARD_IMPLEMENTATION");
        String csv = "id,version,kind,voucherNumber,smeName,smeCreditCode,faceValue,issuedDate,service\n"
                + String.join("\n", lines) + "\n";

        JsonObject dry = upload(reporter, base + "/import?dryRun=true", csv).json();
        assertEquals(List.of(1_206, 1_202, 0, 1, 3), List.of(dry.getInt("total"), dry.getInt("created"),
                dry.getInt("updated"), dry.getInt("unchanged"), dry.getInt("rejected")), dry::toString);
        List<String> problems = dry.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("row") + ":" + r.getString("field")).toList();
        assertEquals(List.of("999:voucherNumber", "1101:voucherNumber", "1151:voucherNumber"), problems, dry::toString);
        String inFile = dry.getJsonArray("rows").getJsonObject(2).getString("message");
        String inCity = dry.getJsonArray("rows").getJsonObject(0).getString("message");
        assertTrue(!inFile.equals(inCity) && inCity.contains(tag + "-held") && inFile.contains(tag + "-5"), dry::toString);

        Api.Answer refused = upload(reporter, base + "/import?dryRun=false", csv);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(dry.getJsonArray("rows"), refused.json().getJsonArray("rows"), "the refusal lists what the dry run listed");
        assertEquals(2, Fixtures.count("select count(*) from voucher where city_id = " + cityId));
    }

    /**
     * The check passes, then a concurrent writer commits the number of the file's last row while the
     * import waits to insert it: the database refuses the duplicate, the answer names the field, and the
     * thousand rows written before it go back with their audit entries.
     */
    @Test
    void aNumberTakenConcurrentlyFailsTheWholeImportAtItsLastRow() throws Exception {
        long cityId = Fixtures.city(Fixtures.someProvince(), "并发导入市");
        Api reporter = Fixtures.reporter(cityId, false).api();
        String tag = "C" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder csv = new StringBuilder("kind,voucherNumber,smeName,smeCreditCode,faceValue,issuedDate,service\n");
        int rows = 1_500;
        for (int i = 0; i < rows; i++) {
            csv.append("INNOVATION,").append(tag).append('-').append(i)
                    .append(",并发企业有限公司,91350200776049653A,5000,2019-04-01,STANDARD_IMPLEMENTATION\n");
        }
        try (Connection concurrent = TestEnvironment.database().dataSource().getConnection()) {
            concurrent.setAutoCommit(false);
            try (PreparedStatement insert = concurrent.prepareStatement("INSERT INTO voucher (city_id, year, source,"
                    + " created_by, created_at, updated_by, updated_at, version, kind, voucher_number, sme_name,"
                    + " sme_credit_code, sme_credit_code_confirmed, face_value, issued_date, service) VALUES (?, 2019,"
                    + " 'API', 'concurrent', NOW(3), 'concurrent', NOW(3), 1, 'INNOVATION', ?, '并发企业有限公司',"
                    + " '91350200776049653A', 0, 5000, '2019-04-01', 'STANDARD_IMPLEMENTATION')")) {
                insert.setLong(1, cityId);
                insert.setString(2, tag + "-" + (rows - 1));
                insert.executeUpdate();
            }
            CompletableFuture<Api.Answer> running = CompletableFuture.supplyAsync(() ->
                    upload(reporter, "/api/v1/cities/" + cityId + "/vouchers/import?dryRun=false", csv.toString()));
            awaitLockWait(running);
            concurrent.commit();

            Api.Answer refused = running.get(120, TimeUnit.SECONDS);
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("voucherNumber", refused.json().getJsonArray("violations").getJsonObject(0).getString("field"),
                    refused::toString);
        }
        assertEquals(1, Fixtures.count("select count(*) from voucher where city_id = " + cityId),
                "only the concurrent writer's voucher: all rows of the import or none");
        assertEquals(0, Fixtures.count("select count(*) from audit_entry where city_id = " + cityId
                + " and source = 'IMPORT'"), "no audit entry of a row that was taken back");
    }

    /**
     * Someone else corrects a record after the import checked its row and before it writes it: the
     * correction is refused as stale (the row's version is no longer the one read), and nothing of the
     * file is stored, neither the new records written before it nor their audit.
     */
    @Test
    void aRecordChangedMeanwhileIsRefusedAsStaleAndNothingIsStored() throws Exception {
        long cityId = Fixtures.city(Fixtures.someProvince(), "并发更正市");
        Api reporter = Fixtures.reporter(cityId, false).api();
        String base = "/api/v1/cities/" + cityId + "/navigation-projects";
        Api.Answer seeded = reporter.post(base, RecordSamples.body("navigation-projects", cityId));
        assertEquals(201, seeded.status(), seeded::toString);
        long seedId = seeded.json().getJsonNumber("id").longValue();
        long version = seeded.json().getJsonNumber("version").longValue();

        StringBuilder csv = new StringBuilder("id,version,title,type,industry,leadOrganisation,startDate,endDate,budget,status,smesReached\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append(",,并发新项目").append(i).append(",INDUSTRY_PLANNING,新材料,科学技术局,2019-05-01,,100,ONGOING,1\n");
        }
        csv.append(seedId).append(',').append(version)
                .append(",导入改,INDUSTRY_PLANNING,新材料,科学技术局,2019-03-01,2019-12-31,120000.50,COMPLETED,12\n");
        try (Connection concurrent = TestEnvironment.database().dataSource().getConnection()) {
            concurrent.setAutoCommit(false);
            try (Statement change = concurrent.createStatement()) {
                change.executeUpdate("UPDATE navigation_project SET title = '他人改', version = version + 1 WHERE id = " + seedId);
            }
            CompletableFuture<Api.Answer> running = CompletableFuture.supplyAsync(() ->
                    upload(reporter, base + "/import?dryRun=false", csv.toString()));
            awaitLockWait(running);
            concurrent.commit();

            Api.Answer refused = running.get(120, TimeUnit.SECONDS);
            assertEquals(409, refused.status(), refused::toString);
            assertEquals("urn:pilotops:problem:stale-version", refused.json().getString("type"), refused::toString);
        }
        assertEquals(1, Fixtures.count("select count(*) from navigation_project where city_id = " + cityId));
        assertEquals(1, Fixtures.count("select count(*) from navigation_project where id = " + seedId
                + " and title = '他人改' and version = " + (version + 1)), "the other writer's correction stands");
        assertEquals(0, Fixtures.count("select count(*) from audit_entry where city_id = " + cityId
                + " and source = 'IMPORT'"));
    }

    /** Waits until some transaction waits for a lock: the import, blocked by the test's own writer. */
    private static void awaitLockWait(CompletableFuture<Api.Answer> running) {
        Fixtures.await(Duration.ofSeconds(90), () -> {
            if (running.isDone()) {
                throw new AssertionError("the import finished without waiting for the concurrent writer: " + running.join());
            }
            return Fixtures.count("select count(*) from information_schema.INNODB_TRX where trx_state = 'LOCK WAIT'") > 0;
        }, () -> "the import never waited for the concurrent writer's lock");
    }

    /** {subject id, action, before, after, source, actor} of an import's audit entries, in the order written. */
    private static List<String[]> auditOf(String importId) throws SQLException {
        List<String[]> entries = new ArrayList<>();
        try (Connection c = TestEnvironment.database().dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("select subject_id, action, before_state, after_state, source,"
                     + " actor from audit_entry where import_id = ? order by id")) {
            select.setString(1, importId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    entries.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6)});
                }
            }
        }
        return entries;
    }

    private static JsonObject json(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String line(List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        CSVFormat.DEFAULT.printRecord(line, cells.toArray());
        return line.toString().strip();
    }
}
