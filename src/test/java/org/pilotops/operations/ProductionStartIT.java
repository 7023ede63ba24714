package org.pilotops.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pilotops.launch.DatabaseCoordinates;
import org.pilotops.launch.PortalProcess;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.TestEnvironment;

/**
 * The operator's start (issue 12 §1): the release archive {@code mvn package} builds, unpacked, started
 * with its {@code ops/start} and a settings file, no Maven, on an empty database of its own. It migrates the database, creates
 * the first administrator from the two bootstrap settings — who can sign in at once, while nothing else
 * can (no demo account, no default password) — reports the database and the scheduler as ready, and logs
 * one JSON object per line, a change through the API as a line naming its request id and user.
 */
class ProductionStartIT {

    private static final Path WORK = Path.of(System.getProperty("pilotops.it.work-dir", "target/it"));
    /** The release archive {@code mvn package} builds, next to the WAR. */
    private static final Path RELEASE = Path.of(System.getProperty("pilotops.it.war", "target/pilotops.war"))
            .toAbsolutePath().resolveSibling("pilotops-release.tar");

    @Test
    void anEmptyConfiguredDatabaseIsMigratedAndGetsItsFirstAdministratorFromTheSettings() throws Exception {
        DatabaseCoordinates shared = TestEnvironment.database();
        String name = "pilotops_start_" + Long.toHexString(System.nanoTime());
        String url = shared.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "?createDatabaseIfNotExist=true");
        DatabaseCoordinates empty = new DatabaseCoordinates(url, shared.user(), shared.password());
        String password = "Erste-Verwaltung-" + UUID.randomUUID();
        int port = TestEnvironment.freePort();
        int smtpPort = TestEnvironment.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Path settings = Files.writeString(Files.createDirectories(WORK).resolve("production-" + port + ".env"), """
                # as an operator writes it (ops/pilotops.env.example)
                PILOTOPS_DB_URL=%s
                PILOTOPS_DB_USER=%s
                PILOTOPS_DB_PASSWORD=%s
                PILOTOPS_HTTP_PORT=%d
                PILOTOPS_BOOTSTRAP_ADMIN_USERNAME=first-admin
                PILOTOPS_BOOTSTRAP_ADMIN_PASSWORD=%s
                PILOTOPS_MAIL_FROM=PilotOps <noreply@pilotops.test>
                PILOTOPS_MAIL_HOST=127.0.0.1
                PILOTOPS_MAIL_PORT=%d
                PILOTOPS_CLOCK_START=2019-06-03T10:00:00+08:00
                PILOTOPS_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m
                PILOTOPS_RUNTIME_DIR=%s
                """.formatted(url, shared.user(), shared.password() == null ? "" : shared.password(), port, password,
                smtpPort,
                WORK.resolve("start-runtime-" + port).toAbsolutePath()));
        // Installed as an operator does: the release unpacked, started from its own ops/start.
        Path installed = Files.createDirectories(WORK.resolve("release-" + port));
        Process unpack = new ProcessBuilder("tar", "-xf", RELEASE.toString(), "-C", installed.toString()).inheritIO().start();
        assertEquals(0, unpack.waitFor(), "tar -xf " + RELEASE);
        Path start = installed.resolve("pilotops/ops/start");
        try (PortalProcess portal = PortalProcess.run(List.of(start.toString(), settings.toString()), Map.of(), port,
                WORK.resolve("production-start.log"))) {
            Api.Answer ready = Api.anonymous().at(portal.baseUri()).get("health/ready");
            assertEquals(200, ready.status(), ready::toString);
            JsonObject health = ready.json();
            assertEquals("UP", health.getString("status"), ready.body());
            JsonObject database = check(health, "database");
            assertEquals("UP", database.getString("status"), ready.body());
            assertEquals(TestEnvironment.latestMigration(), database.getJsonObject("data").getString("schemaVersion"), "migrated to the latest");
            assertEquals("UP", check(health, "scheduler").getString("status"), ready.body());

            Api firstAdmin = Api.withPassword("first-admin", password).at(portal.baseUri());
            Api.Answer me = firstAdmin.get("api/v1/me");
            assertEquals(200, me.status(), me::toString);
            assertTrue(me.body().contains("\"ADMIN\""), me.body());
            assertEquals(401, Api.as("admin").at(portal.baseUri()).get("api/v1/me").status(),
                    "no demo account in a configured database");
            // The settings ops/run takes reach the portal from the operator's file as well (issue 21 §2).
            PortalLauncherIT.assertSettingsReached(portal, empty, firstAdmin, smtp, "2019-06-03");
            // The log: one JSON object per line; a change through the API is a line naming its request and user.
            Api.Answer created = firstAdmin.post("api/v1/accounts",
                    "{\"username\": \"second-admin\", \"displayName\": \"第二管理员\", \"roles\": [\"ADMIN\"]}");
            assertEquals(201, created.status(), created::toString);
            String request = created.header("X-Request-Id");
            Path log = WORK.resolve("production-start.log");
            Fixtures.await(Duration.ofSeconds(10), () -> logLines(log).stream().anyMatch(line -> line.contains("POST /api/v1/accounts 201")),
                    () -> "the change's line in " + log);
            String line = logLines(log).stream().filter(l -> l.contains("POST /api/v1/accounts 201")).findFirst().orElseThrow();
            assertTrue(line.contains("request " + request) && line.contains("user first-admin"), line);
            List<String> events = logLines(log).stream().dropWhile(l -> !l.startsWith("{")).filter(l -> !l.isBlank()).toList();
            assertTrue(events.size() > 10, "the log is JSON from the start of the server on");
            for (String event : events) {
                Json.createReader(new StringReader(event)).readObject();
            }
            try (Connection c = empty.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet audit = s.executeQuery("select count(*) from audit_entry where actor = 'bootstrap' "
                         + "and after_state like '%first-admin%' and after_state not like '%" + password + "%'")) {
                audit.next();
                assertEquals(1, audit.getLong(1), "the creation is audited, without the password");
            }
        } finally {
            smtp.stop();
            try (Connection c = shared.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        }
    }

    @Test
    void aBadSettingsFileNoDatabaseOrAWorkingDirectoryOfValueIsRefusedWithTheReason() throws Exception {
        Path bad = Files.writeString(Files.createDirectories(WORK).resolve("bad.env"), "PILOTOPS_DB_URL jdbc:mariadb://x/\n");
        assertRefused(List.of("ops/start", bad.toString()), "not a KEY=value line: PILOTOPS_DB_URL jdbc:mariadb://x/");
        assertRefused(List.of("ops/start", WORK.resolve("missing.env").toString()), "cannot read the settings file");
        Path none = Files.writeString(WORK.resolve("no-database.env"), "PILOTOPS_HTTP_PORT=8080\n");
        assertRefused(List.of("ops/start", none.toString()), "PILOTOPS_DB_URL is not set");
        Path foreign = Files.createDirectories(WORK.resolve("foreign-runtime"));
        Files.writeString(foreign.resolve("keep.txt"), "an operator's file");
        Path guarded = Files.writeString(WORK.resolve("guarded.env"), "PILOTOPS_DB_URL=jdbc:mariadb://127.0.0.1:1/none\n"
                + "PILOTOPS_RUNTIME_DIR=" + foreign.toAbsolutePath() + "\n");
        assertRefused(List.of("ops/start", guarded.toString()), "holds files ops/start did not make");
        assertTrue(Files.exists(foreign.resolve("keep.txt")), "a directory of value is never emptied");
    }

    private static void assertRefused(List<String> command, String reason) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(variable -> variable.startsWith("PILOTOPS_"));
        Process start = builder.start();
        assertTrue(start.waitFor(30, TimeUnit.SECONDS), "ops/start returns at once");
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, start.exitValue(), output);
        assertTrue(output.contains(reason), output);
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> name.equals(check.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }


    private static List<String> logLines(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
