package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotops.navigation.boundary.NavigationProjectKind;
import org.pilotops.platform.persistence.Database;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;
import org.pilotops.records.control.RecordFile;
import org.pilotops.testing.ArquillianDatabase;
import org.pilotops.testing.InContainerDeployment;
import org.pilotops.testing.SqlRows;

/**
 * {@link RecordExport} inside Payara Micro on MariaDB: a file is one snapshot of the records, each once, in
 * id order, with the scope of a list. Each test builds its own city, agency and records.
 * <p>
 * The snapshot is proved without timing: the file goes to an output stream that, once the first rows
 * have arrived, has another transaction insert, correct and delete records and commit, and lets the
 * export go on only after that commit. Whatever the export reads from then on must still be the records
 * as they were when it began; an export reading page by page would show the new ones at its end.
 */
@ExtendWith(ArquillianDatabase.class)
@ExtendWith(ArquillianExtension.class)
class RecordExportIT {

    /** More than two batches of the snapshot's cursor, so reading crosses clearings of the persistence context. */
    static final int ROWS = 2 * RecordReads.SNAPSHOT_BATCH + 500;

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.packagedWarWith(RecordExportIT.class);
    }

    @Inject
    RecordExport exports;

    @Inject
    NavigationProjectKind kind;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    long city;
    long agency;
    Actor reporter;
    Actor agencyStaff;

    @BeforeEach
    void newCity() throws SQLException {
        SqlRows.CityWithAgency own = new SqlRows(dataSource).cityWithAgency("导出测试市", "Export Test City", 320000,
                "it-exporter");
        city = own.city();
        agency = own.agency();
        reporter = own.reporter();
        agencyStaff = own.agencyStaff();
    }

    @Test
    void aTransactionCommittedWhileTheFileIsWrittenLeavesNoTraceInIt() throws Exception {
        List<Long> ids = seed(ROWS);
        long last = ids.get(ids.size() - 1);
        long middle = ids.get(ids.size() / 2);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        AtomicReference<Long> linesWhenOthersWrote = new AtomicReference<>();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                file.write(bytes, offset, length);
                if (linesWhenOthersWrote.get() == null) {
                    linesWhenOthersWrote.set(file.toString(StandardCharsets.UTF_8).lines().count());
                    writeMeanwhile(last, middle);
                }
            }
        };

        exports.export(reporter, kind, city, null, RecordFile.CSV).body().write(out);

        long linesBefore = linesWhenOthersWrote.get();
        assertTrue(linesBefore > 1 && linesBefore < ROWS,
                "the other transaction committed after the first rows were written and before the last: " + linesBefore);
        List<CSVRecord> rows = csv(file.toByteArray());
        assertSameIds(ids, idsOf(rows), "every record as it was when the export began, each once, in id order");
        assertEquals("快照" + (ROWS - 1), rows.get(rows.size() - 1).get("title"), "the last record before its correction");
        assertEquals("0", rows.get(rows.size() - 1).get("version"));

        List<CSVRecord> later = csv(export(reporter, null, RecordFile.CSV));
        List<Long> now = idsOf(later);
        assertEquals(ROWS - 1 + 3, now.size(), "the next export shows the other transaction's three new records, one deleted");
        assertTrue(!now.contains(middle) && now.containsAll(ids.subList(0, ids.size() / 2)), "the deleted one is gone");
        assertTrue(now.stream().sorted().toList().equals(now), "in id order");
        assertEquals("已更正", later.stream().filter(r -> r.get("id").equals(String.valueOf(last))).findFirst()
                .orElseThrow().get("title"));
    }

    @Test
    void aYearOrAnAgencyNarrowsTheFileAndAStrangerGetsNone() throws Exception {
        List<Long> ids = seed(40);
        List<Long> of2020 = IntStream.range(0, ids.size()).filter(i -> i % 2 == 1).mapToObj(ids::get).toList();
        List<Long> agencys = IntStream.range(0, ids.size()).filter(i -> i % 10 == 0).mapToObj(ids::get).toList();

        assertSameIds(of2020, idsOf(csv(export(reporter, 2020, RecordFile.CSV))), "the year's records");
        assertSameIds(agencys, idsOf(csv(export(agencyStaff, null, RecordFile.CSV))), "agency staff: their agency's records");
        assertSameIds(ids, xlsxIds(export(reporter, null, RecordFile.XLSX)), "the workbook: the same rows in the same order");
        assertEquals("navigation-projects-" + city + "-2020.csv", exports.export(reporter, kind, city, 2020, RecordFile.CSV).fileName());

        Actor stranger = new Actor("it-stranger", Set.of(Role.CITY_REPORTER), 1L, null, null, false, Set.of(1L));
        assertThrows(NotFoundException.class, () -> exports.export(stranger, kind, city, null, RecordFile.CSV),
                "refused before a body exists, so before a byte is written");
        assertThrows(InvalidInputException.class, () -> exports.export(reporter, kind, city, 1999, RecordFile.CSV));
    }

    private byte[] export(Actor actor, Integer year, RecordFile format) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        exports.export(actor, kind, city, year, format).body().write(file);
        return file.toByteArray();
    }

    /**
     * Another transaction, on another thread and connection, adds three records after every existing one,
     * corrects the last and deletes one in the middle, and commits; the export waits for it.
     */
    private void writeMeanwhile(long last, long middle) throws IOException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                insertRows(c, 3, "并发");
                try (Statement s = c.createStatement()) {
                    assertEquals(1, s.executeUpdate("update navigation_project set title = '已更正', version = version + 1 "
                            + "where id = " + last));
                    assertEquals(1, s.executeUpdate("delete from navigation_project where id = " + middle));
                }
                c.commit();
            } catch (Exception | AssertionError e) {
                failure.set(e instanceof Exception ex ? ex : new IllegalStateException(e));
            }
        });
        writer.start();
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (failure.get() != null) {
            throw new IOException("the other transaction failed", failure.get());
        }
    }

    /** Records of the city in 2019 and 2020 alternately, every tenth logged by the agency; their ids in order. */
    private List<Long> seed(int count) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Long> ids = insertRows(c, count, "快照");
            c.commit();
            return ids;
        }
    }

    private List<Long> insertRows(Connection c, int count, String titlePrefix) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("insert into navigation_project (city_id, year, source, "
                + "logging_agency_id, created_by, created_at, updated_by, updated_at, version, title, type, industry, "
                + "lead_organisation, start_date, end_date, budget, status, smes_reached) "
                + "values (?, ?, ?, ?, 'it-seed', ?, 'it-seed', ?, 0, ?, 'INDUSTRY_PLANNING', '新材料', '科学技术局', ?, null, "
                + "1200.50, 'ONGOING', 3)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                int year = 2019 + i % 2;
                boolean byAgency = i % 10 == 0;
                s.setLong(1, city);
                s.setInt(2, year);
                s.setString(3, byAgency ? "AGENCY" : "CITY");
                if (byAgency) {
                    s.setLong(4, agency);
                } else {
                    s.setNull(4, Types.BIGINT);
                }
                s.setTimestamp(5, now);
                s.setTimestamp(6, now);
                s.setString(7, titlePrefix + i);
                s.setDate(8, Date.valueOf(LocalDate.of(year, 3, 1)));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Equal lists, or a failure that names what is missing, extra or out of order rather than both lists. */
    private static void assertSameIds(List<Long> expected, List<Long> actual, String what) {
        if (expected.equals(actual)) {
            return;
        }
        List<Long> missing = expected.stream().filter(id -> !actual.contains(id)).toList();
        List<Long> extra = actual.stream().filter(id -> !expected.contains(id)).toList();
        long repeated = actual.size() - actual.stream().distinct().count();
        throw new AssertionError(what + ": " + expected.size() + " expected, " + actual.size() + " found; missing "
                + missing + ", extra " + extra + ", " + repeated + " repeated"
                + (missing.isEmpty() && extra.isEmpty() && repeated == 0 ? ", out of order" : ""));
    }

    private static List<CSVRecord> csv(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private static List<Long> idsOf(List<CSVRecord> rows) {
        return rows.stream().map(r -> Long.valueOf(r.get("id"))).toList();
    }

    private static List<Long> xlsxIds(byte[] file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("id", sheet.getRow(0).getCell(0).getStringCellValue());
            List<Long> ids = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    ids.add((long) row.getCell(0).getNumericCellValue());
                }
            }
            return ids;
        }
    }
}
