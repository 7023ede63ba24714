package org.pilotops.platform.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pilotops.launch.DatabaseCoordinates;
import org.pilotops.launch.DemoData;
import org.pilotops.launch.PortalProcess;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.TestEnvironment;

/**
 * The real scheduler, left to fire every job again and again (issue 21 §3): the mail sender failed from its
 * second run on, on a path the manual runs of the other tests never took twice. Each test starts a portal of
 * its own on a demo database of its own (as {@code ops/run} does) with every job's cron set to every few
 * seconds ({@code pilotops.jobs.<name>.cron}), waits until each job has finished at least three runs, and
 * reads the run history the jobs API reports: every run {@code SUCCEEDED}. Without an SMTP server the mails
 * stay queued; with GreenMail every mail arrives once; while GreenMail is stopped the runs still succeed,
 * the mails stay queued without spending an attempt, and they go once it is back.
 */
class JobsSoakIT {

    /** Every job of the application: a new one must be soaked here too. */
    static final List<String> JOBS = List.of("IdempotencyKeyJob", "MemberCountJob", "OutboxJob", "ReminderJob");
    static final String EVERY_FEW_SECONDS = "0/3 * * * * ?";
    static final int RUNS = 3;

    @Test
    void withoutAnSmtpServerEveryJobSucceedsRunAfterRunAndTheMailsStayQueued() throws Exception {
        DatabaseCoordinates db = demoDatabase();
        try {
            for (int i = 0; i < 3; i++) {
                queue(db, "soak-" + i + "@pilotops.test");
            }
            List<String> options = new ArrayList<>(everyJobEveryFewSeconds());
            options.add("-Dpilotops.mail.host="); // as ops/run: no SMTP server configured
            try (PortalProcess portal = TestEnvironment.portalOn(db, options, "soak-without-smtp")) {
                Api admin = Api.as("admin").at(portal.baseUri());
                assertEveryJobOnTheShortCron(admin);
                Instant since = Instant.EPOCH; // the database is this portal's alone
                awaitRuns(admin, JOBS, since, RUNS);
                assertEverySucceeded(admin, JOBS, since);
                for (JsonObject run : runs(admin, "OutboxJob", since)) {
                    assertTrue(run.getString("message", "").startsWith("no SMTP server configured"), run::toString);
                }
                assertTrue(count(db, "select count(*) from mail_outbox") >= 3, "mails queued");
                assertEquals(0, count(db, "select count(*) from mail_outbox where status <> 'QUEUED' or attempts <> 0"),
                        "every mail stays queued without an attempt");
            }
        } finally {
            drop(db);
        }
    }

    @Test
    void withGreenMailEveryMailIsSentOnceAndAnOutageSpendsNoAttempt() throws Exception {
        int smtpPort = TestEnvironment.freePort();
        GreenMail smtp = startSmtp(smtpPort);
        DatabaseCoordinates db = demoDatabase();
        Map<Long, Integer> received = new HashMap<>();
        try {
            for (int i = 0; i < 5; i++) {
                queue(db, "soak-" + i + "@pilotops.test");
            }
            List<String> options = new ArrayList<>(everyJobEveryFewSeconds());
            options.add("-Dpilotops.mail.port=" + smtpPort);
            try (PortalProcess portal = TestEnvironment.portalOn(db, options, "soak-with-smtp")) {
                Api admin = Api.as("admin").at(portal.baseUri());
                assertEveryJobOnTheShortCron(admin);
                Instant since = Instant.EPOCH; // the database is this portal's alone
                awaitRuns(admin, JOBS, since, RUNS);
                awaitAllSent(db);
                assertEverySucceeded(admin, JOBS, since);
                collect(smtp, received);
                assertEachSentMailReceivedOnce(db, received);

                // The server goes away: the runs go on succeeding, no mail spends an attempt, and each run
                // stops at the first refused connection.
                smtp.stop();
                Instant outage = Instant.now();
                List<Long> waiting = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    waiting.add(queue(db, "outage-" + i + "@pilotops.test"));
                }
                awaitRuns(admin, List.of("OutboxJob"), outage, RUNS);
                List<JsonObject> duringOutage = finished(runs(admin, "OutboxJob", outage));
                for (JsonObject run : duringOutage) {
                    assertEquals("SUCCEEDED", run.getString("outcome"), run::toString);
                }
                assertTrue(duringOutage.stream().anyMatch(r -> r.getString("message", "").contains("SMTP server unreachable")),
                        () -> "a run says the server was unreachable: " + duringOutage);
                String ids = waiting.stream().map(String::valueOf).collect(Collectors.joining(","));
                assertEquals(waiting.size(), count(db, "select count(*) from mail_outbox where id in (" + ids
                        + ") and status = 'QUEUED' and attempts = 0"), "queued, no attempt spent");

                smtp = startSmtp(smtpPort);
                awaitAllSent(db);
                collect(smtp, received);
                assertEachSentMailReceivedOnce(db, received);
                assertEquals(0, count(db, "select count(*) from mail_outbox where attempts <> 1"),
                        "every mail sent at its first counted attempt");
                assertEverySucceeded(admin, JOBS, since);
            }
        } finally {
            smtp.stop();
            drop(db);
        }
    }

    // ---------------------------------------------------------------------------------------------------

    static List<String> everyJobEveryFewSeconds() {
        return JOBS.stream().map(job -> "-Dpilotops.jobs." + job + ".cron=" + EVERY_FEW_SECONDS).toList();
    }

    /** The demo database of {@code ops/run}, a fresh one for this test. */
    static DatabaseCoordinates demoDatabase() {
        DatabaseCoordinates db = TestEnvironment.emptyDatabase("pilotops_soak");
        DemoData.migrateAndSeed(db.dataSource(), Path.of("ops/demo"));
        return db;
    }

    static void assertEveryJobOnTheShortCron(Api admin) {
        JsonArray jobs = (JsonArray) admin.get("api/v1/jobs").structure();
        assertEquals(JOBS, jobs.getValuesAs(JsonObject.class).stream().map(j -> j.getString("name")).toList(),
                "every job of the application is soaked");
        for (JsonObject job : jobs.getValuesAs(JsonObject.class)) {
            assertEquals(EVERY_FEW_SECONDS, job.getString("cron"), job::toString);
        }
    }

    /** The job's runs that started after {@code since}, from the jobs API. */
    static List<JsonObject> runs(Api admin, String job, Instant since) {
        Api.Answer answer = admin.get("api/v1/jobs/" + job + "/runs?limit=500");
        assertEquals(200, answer.status(), answer::toString);
        return ((JsonArray) answer.structure()).getValuesAs(JsonObject.class).stream()
                .filter(r -> !Instant.parse(r.getString("startedAt")).isBefore(since)).toList();
    }

    static List<JsonObject> finished(List<JsonObject> runs) {
        return runs.stream().filter(r -> !"RUNNING".equals(r.getString("outcome"))).toList();
    }

    static void awaitRuns(Api admin, List<String> jobs, Instant since, int atLeast) {
        for (String job : jobs) {
            Fixtures.await(Duration.ofSeconds(120), () -> finished(runs(admin, job, since)).size() >= atLeast,
                    () -> job + " did not finish " + atLeast + " runs: " + runs(admin, job, since));
        }
    }

    static void assertEverySucceeded(Api admin, List<String> jobs, Instant since) {
        for (String job : jobs) {
            List<JsonObject> done = finished(runs(admin, job, since));
            assertTrue(done.size() >= RUNS, () -> job + ": " + done);
            for (JsonObject run : done) {
                assertEquals("SUCCEEDED", run.getString("outcome"), () -> job + " " + run);
            }
        }
    }

    static GreenMail startSmtp(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /**
     * Counts what a GreenMail server received by outbox id, added to what earlier servers received: called
     * once per server, when nothing more is coming to it.
     */
    static void collect(GreenMail smtp, Map<Long, Integer> received) throws MessagingException {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.merge(Long.parseLong(message.getHeader("X-PilotOps-Outbox-Id")[0]), 1, Integer::sum);
        }
    }

    static void awaitAllSent(DatabaseCoordinates db) {
        Fixtures.await(Duration.ofSeconds(120), () -> count(db, "select count(*) from mail_outbox where status <> 'SENT'") == 0,
                () -> "mails not sent: " + count(db, "select count(*) from mail_outbox where status <> 'SENT'"));
    }

    static void assertEachSentMailReceivedOnce(DatabaseCoordinates db, Map<Long, Integer> received) {
        Set<Long> sent = ids(db, "select id from mail_outbox where status = 'SENT'");
        assertEquals(sent, received.keySet(), "every sent mail received");
        received.forEach((id, times) -> assertEquals(1, times, "mail " + id + " received once"));
    }

    static long queue(DatabaseCoordinates db, String recipient) {
        return Fixtures.queueMail(db, recipient, "耐久测试");
    }

    static long count(DatabaseCoordinates db, String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Set<Long> ids(DatabaseCoordinates db, String sql) {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    static void drop(DatabaseCoordinates db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + c.getCatalog() + "`");
        }
    }
}
