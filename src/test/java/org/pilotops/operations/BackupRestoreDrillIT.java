package org.pilotops.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pilotops.launch.DatabaseCoordinates;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.RecordSamples;
import org.pilotops.testing.TestEnvironment;

/**
 * The backup and restore drill (issue 12 §2), as an operator would run it: {@code ops/backup} of the
 * portal's database while a city's reporters keep logging records through the API, {@code ops/restore}
 * into a fresh database, and then the restored database is checked against what the portal acknowledged:
 * every record acknowledged before the backup began is there, nothing is there that was never
 * acknowledged, the records, their audit entries and their live aggregates agree (one instant, not a
 * table at a time), and every table nobody wrote while the backup ran is restored identical, checksum
 * and count.
 */
class BackupRestoreDrillIT {

    private static final Path WORK = Path.of(System.getProperty("pilotops.it.work-dir", "target/it"));

    private record Acknowledged(long id, long atNanos) {
    }

    @Test
    void aBackupTakenUnderWritesRestoresOneConsistentInstantWithEverythingAcknowledgedBeforeIt() throws Exception {
        DatabaseCoordinates source = TestEnvironment.database();
        long city = Fixtures.city(Fixtures.someProvince(), "备份演练市");
        Api reporter = Fixtures.reporter(city, false).api();
        Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            running.add(writers.submit(() -> {
                while (!stop.get()) {
                    Api.Answer created = reporter.post("/api/v1/cities/" + city + "/navigation-projects",
                            RecordSamples.body("navigation-projects", city));
                    if (created.status() == 201) {
                        acknowledged.add(new Acknowledged(created.json().getJsonNumber("id").longValue(), System.nanoTime()));
                    } else {
                        refused.add(created.toString());
                    }
                }
            }));
        }
        String restoredName = "pilotops_restore_" + Long.toHexString(System.nanoTime());
        DatabaseCoordinates restored = new DatabaseCoordinates(
                source.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + restoredName), source.user(), source.password());
        try {
            Fixtures.await(java.time.Duration.ofSeconds(60), () -> acknowledged.size() >= 20, () -> "writers started");
            Map<String, String> before = TableChecksums.of(source);
            long backupStarted = System.nanoTime();
            String backup = ops(source, "ops/backup").trim();
            long backupEnded = System.nanoTime();
            Map<String, String> after = TableChecksums.of(source);
            long written = acknowledged.size();
            Fixtures.await(java.time.Duration.ofSeconds(60), () -> acknowledged.size() >= written + 10, () -> "writes after the backup");
            stop.set(true);
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS);
            }
            assertTrue(refused.isEmpty(), "every write was taken while the backup ran: " + refused);
            assertTrue(Files.size(Path.of(backup)) > 0, backup);

            String report = ops(restored, "ops/restore", backup);
            assertTrue(report.contains("restored into " + restoredName), report);

            Set<Long> ids = ids(restored, city);
            Set<Long> before_ = acknowledged.stream().filter(a -> a.atNanos() < backupStarted).map(Acknowledged::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<Long> all = acknowledged.stream().map(Acknowledged::id).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(ids.containsAll(before_), "every write acknowledged before the backup began is in it");
            assertTrue(all.containsAll(ids), "nothing that was never acknowledged");
            assertTrue(acknowledged.stream().anyMatch(a -> a.atNanos() > backupEnded), "writes went on after the backup");
            assertTrue(ids.size() < all.size(), "the writes after the backup are not in it");

            // One instant: each record with its audit entry and its aggregates, as they were written together.
            assertEquals(ids, audited(restored, city), "each restored record has its creation's audit entry, and no other");
            assertEquals(counted(restored, city), tallied(restored, city), "the live aggregates count the restored records");

            Map<String, String> restoredChecksums = TableChecksums.of(restored);
            assertEquals(before.keySet(), restoredChecksums.keySet(), "every table");
            List<String> unchanged = before.keySet().stream().filter(t -> before.get(t).equals(after.get(t))).toList();
            assertTrue(unchanged.contains("pilot_city") && unchanged.contains("account_role"), unchanged.toString());
            for (String table : unchanged) {
                assertEquals(before.get(table), restoredChecksums.get(table), table + ": nobody wrote it, restored identical");
            }
        } finally {
            stop.set(true);
            writers.shutdownNow();
            try (Connection c = source.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + restoredName + "`");
            }
        }
    }

    /** Runs an ops/ script on a database, with an operator's settings file; its output, or a failure naming it. */
    private static String ops(DatabaseCoordinates database, String... command) throws Exception {
        Path settings = Files.writeString(Files.createDirectories(WORK).resolve("drill-" + System.nanoTime() + ".env"), """
                PILOTOPS_DB_URL=%s
                PILOTOPS_DB_USER=%s
                PILOTOPS_DB_PASSWORD=%s
                PILOTOPS_BACKUP_DIR=%s
                """.formatted(database.url(), database.user(), database.password() == null ? "" : database.password(),
                WORK.resolve("backups").toAbsolutePath()));
        List<String> line = new ArrayList<>(List.of(command));
        line.add(settings.toString());
        // Only standard output is the answer (the backup's path); the clients' warnings go to standard error,
        // as a newer server makes mariadb-dump warn about TLS.
        Path errors = WORK.resolve("drill-" + System.nanoTime() + ".err");
        ProcessBuilder builder = new ProcessBuilder(line).redirectError(errors.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PILOTOPS_"));
        builder.environment().putAll(TestEnvironment.mariadbClients());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output + Files.readString(errors));
        return output;
    }

    private static Set<Long> ids(DatabaseCoordinates database, long city) throws SQLException {
        return longs(database, "SELECT id FROM navigation_project WHERE city_id = ?", city);
    }

    private static Set<Long> audited(DatabaseCoordinates database, long city) throws SQLException {
        return longs(database, "SELECT subject_id FROM audit_entry WHERE subject_type = 'navigation-projects' "
                + "AND action = 'CREATE' AND city_id = ?", city);
    }

    private static Map<Integer, Long> counted(DatabaseCoordinates database, long city) throws SQLException {
        return years(database, "SELECT year, COUNT(*) FROM navigation_project WHERE city_id = ? GROUP BY year", city);
    }

    private static Map<Integer, Long> tallied(DatabaseCoordinates database, long city) throws SQLException {
        return years(database, "SELECT year, records FROM record_tally WHERE city_id = ? "
                + "AND kind = 'navigation-projects' AND records <> 0", city);
    }

    private static Set<Long> longs(DatabaseCoordinates database, String sql, long city) throws SQLException {
        Set<Long> values = new TreeSet<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, city);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
        }
        return values;
    }

    private static Map<Integer, Long> years(DatabaseCoordinates database, String sql, long city) throws SQLException {
        Map<Integer, Long> years = new HashMap<>();
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, city);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    years.put(r.getInt(1), r.getLong(2));
                }
            }
        }
        return years;
    }
}
