package org.pilotops.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pilotops.launch.DatabaseCoordinates;
import org.pilotops.launch.PortalProcess;
import org.pilotops.testing.TestEnvironment;

/**
 * A database an operator configured holds no demo accounts: the packaged WAR, started on an empty
 * database with the two bootstrap settings, migrates it and creates the first administrator, who can
 * sign in at once; nothing else can (no default password). A portal of its own, on a database of its own.
 */
class FirstAdministratorIT {

    @Test
    void anEmptyConfiguredDatabaseGetsItsFirstAdministratorFromTheSettings() throws Exception {
        DatabaseCoordinates shared = TestEnvironment.database();
        String name = "pilotops_bootstrap_" + Long.toHexString(System.nanoTime());
        String url = shared.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "?createDatabaseIfNotExist=true");
        DatabaseCoordinates empty = new DatabaseCoordinates(url, shared.user(), shared.password());
        String password = "Erste-Verwaltung-" + UUID.randomUUID();
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-Dpilotops.bootstrap.admin.username=first-admin", "-Dpilotops.bootstrap.admin.password=" + password));
        options.addAll(empty.systemProperties());
        Path work = Path.of(System.getProperty("pilotops.it.work-dir", "target/it"));
        try (PortalProcess portal = PortalProcess.start(
                Path.of(System.getProperty("pilotops.it.micro-jar", "target/payara-micro.jar")),
                Path.of(System.getProperty("pilotops.it.war", "target/pilotops.war")), freePort(), work, options,
                work.resolve("bootstrap-portal.log"))) {
            HttpResponse<String> me = get(portal.baseUri(), "first-admin", password);
            assertEquals(200, me.statusCode(), me::body);
            assertTrue(me.body().contains("\"ADMIN\""), me.body());
            assertEquals(401, get(portal.baseUri(), "admin", org.pilotops.launch.DemoData.DEMO_PASSWORD).statusCode(),
                    "no demo account in a configured database");
            try (Connection c = empty.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet audit = s.executeQuery("select count(*) from audit_entry where actor = 'bootstrap' "
                         + "and after_state like '%first-admin%' and after_state not like '%" + password + "%'")) {
                audit.next();
                assertEquals(1, audit.getLong(1), "the creation is audited, without the password");
            }
        } finally {
            try (Connection c = shared.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        }
    }

    private static HttpResponse<String> get(URI base, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/v1/me"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
