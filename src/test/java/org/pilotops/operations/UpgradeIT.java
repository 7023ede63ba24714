package org.pilotops.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.pilotops.launch.DatabaseCoordinates;
import org.pilotops.launch.DemoData;
import org.pilotops.launch.PortalProcess;
import org.pilotops.testing.Api;
import org.pilotops.testing.TestEnvironment;

/**
 * An upgrade (issue 12 §5): a database at the previous release's schema, holding the demo data, is
 * started on with this build's WAR, which migrates it on start, as an operator's upgrade does. Afterwards
 * the schema is at the newest migration, every table of the previous release holds exactly what it held
 * (checksum and row count) — but for the scheduler's own tables, which a starting node writes — and the
 * portal serves the old data: a reporter's list and the live aggregates' check agree with the rows.
 */
class UpgradeIT {

    /**
     * The newest migration of the previous release. Migrations are never edited once released (Flyway
     * checks their checksums), so this build's files up to it are that release's schema. Move it forward
     * to the newest migration each time a release ships, with a copy of that release's {@code ops/demo} as
     * {@link #PREVIOUS_DEMO}, and empty {@link #MOVED}.
     */
    static final String PREVIOUS_RELEASE = "0027";

    /**
     * The demo data as the previous release seeded it. The demo's scripts follow the schema (V0028 moved the
     * review histories), so the current ones would not run on the previous release's schema.
     */
    private static final Path PREVIOUS_DEMO = Path.of("src/test/resources/upgrade/demo-" + PREVIOUS_RELEASE);

    /** Tables a newer migration replaced, with the query that reads their rows before and after (same order, same columns). */
    private static final Map<String, List<String>> MOVED = Map.of(
            "summary_transition", List.of(
                    "SELECT summary_id, action, from_state, to_state, actor, occurred_at, comment, indicators FROM summary_transition ORDER BY id",
                    "SELECT summary_id, action, from_state, to_state, actor, occurred_at, comment, indicators FROM review_step WHERE workflow = 'SUMMARY' ORDER BY id"),
            "case_transition", List.of(
                    "SELECT case_id, action, from_state, to_state, actor, occurred_at, comment FROM case_transition ORDER BY id",
                    "SELECT case_id, action, from_state, to_state, actor, occurred_at, comment FROM review_step WHERE workflow = 'CASE' ORDER BY id"));

    /** What a starting node writes by itself: Quartz's tables and the reminder job's catch-up. */
    private static final Pattern WRITTEN_ON_START =
            Pattern.compile("qrtz_.*|job_run|reminder|reminder_day|notification|mail_outbox|flyway_schema_history",
                    Pattern.CASE_INSENSITIVE);

    private static final Path WORK = Path.of(System.getProperty("pilotops.it.work-dir", "target/it"));

    @Test
    void theDataOfThePreviousReleaseIsIntactAndServedAfterTheUpgrade() throws Exception {
        DatabaseCoordinates shared = TestEnvironment.database();
        String name = "pilotops_upgrade_" + Long.toHexString(System.nanoTime());
        DatabaseCoordinates previous = new DatabaseCoordinates(
                shared.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "?createDatabaseIfNotExist=true"),
                shared.user(), shared.password());
        try {
            Flyway.configure(UpgradeIT.class.getClassLoader()).dataSource(previous.dataSource())
                    .locations("filesystem:" + Path.of("migrations").toAbsolutePath())
                    .target(PREVIOUS_RELEASE).load().migrate();
            DemoData.seed(previous.dataSource(), PREVIOUS_DEMO);
            Map<String, String> before = TableChecksums.of(previous);
            assertTrue(before.containsKey("case_transition") && !before.containsKey("review_step"), before.keySet().toString());
            Map<String, List<List<String>>> movedBefore = new HashMap<>();
            for (var moved : MOVED.entrySet()) {
                movedBefore.put(moved.getKey(), rows(previous, moved.getValue().get(0)));
                assertFalse(movedBefore.get(moved.getKey()).isEmpty(), moved.getKey() + " holds the demo's history");
            }

            List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                    "-Dpilotops.clock.start=" + DemoData.CLOCK_START));
            options.addAll(previous.systemProperties());
            long listed;
            try (PortalProcess portal = TestEnvironment.startPortal(TestEnvironment.freePort(), options, "upgrade-portal")) {
                JsonObject ready = json(Api.anonymous().at(portal.baseUri()).get("health/ready"));
                assertTrue(ready.toString().contains("\"schemaVersion\":\"" + TestEnvironment.latestMigration() + "\""), ready.toString());
                JsonObject check = json(Api.as("admin").at(portal.baseUri()).get("api/v1/record-tallies/check"));
                assertTrue(check.getBoolean("consistent"), "the live aggregates agree with the records: " + check);
                listed = json(Api.as("city-zjg").at(portal.baseUri()).get("api/v1/cities/1/vouchers?size=1"))
                        .getJsonNumber("total").longValue();
            }

            Map<String, String> after = TableChecksums.of(previous);
            Set<String> added = new HashSet<>(after.keySet());
            added.removeAll(before.keySet());
            assertTrue(added.contains("review_step"), "the newer migrations ran: " + added);
            Set<String> lost = new HashSet<>(before.keySet());
            lost.removeAll(after.keySet());
            assertEquals(MOVED.keySet(), lost, "no table lost but those a migration replaced");
            for (var moved : MOVED.entrySet()) {
                assertEquals(movedBefore.get(moved.getKey()), rows(previous, moved.getValue().get(1)),
                        moved.getKey() + ": every row moved, in its order");
            }
            for (String table : before.keySet()) {
                if (!WRITTEN_ON_START.matcher(table).matches() && !MOVED.containsKey(table)) {
                    assertEquals(before.get(table), after.get(table), table + " holds what it held");
                }
            }
            try (Connection c = previous.dataSource().getConnection(); Statement s = c.createStatement();
                 var r = s.executeQuery("SELECT COUNT(*) FROM voucher WHERE city_id = 1")) {
                r.next();
                assertTrue(listed > 0, "the demo city has vouchers");
                assertEquals(r.getLong(1), listed, "the reporter's list counts the old rows");
            }

            // What ops/run does next on a demo database seeded by the previous release: its seeding finds
            // nothing to do, although the demo's scripts changed since.
            Map<String, String> upgraded = TableChecksums.of(previous);
            DemoData.migrateAndSeed(previous.dataSource(), Path.of("ops/demo"));
            assertEquals(upgraded, TableChecksums.of(previous), "the demo is not seeded again");
        } finally {
            try (Connection c = shared.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        }
    }

    private static List<List<String>> rows(DatabaseCoordinates database, String query) throws java.sql.SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery(query)) {
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= r.getMetaData().getColumnCount(); column++) {
                    row.add(r.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static JsonObject json(Api.Answer answer) {
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }
}
