package org.pilotops.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code ops/run} starts. Without {@code PILOTOPS_DB_URL}: an embedded MariaDB with its data under
 * {@code var/mariadb} (kept between starts), the schema, the demo data (once), then the portal. With it:
 * only the portal, which reads the database settings from the environment, migrates the schema itself and
 * seeds nothing. Either way every {@code PILOTOPS_*} setting of this process reaches the portal, as README
 * documents them. Ctrl-C (SIGINT) or SIGTERM stops the portal, then the database.
 *
 * <p>Settings of the launcher itself: {@code PILOTOPS_HTTP_PORT} (8080), {@code PILOTOPS_EMBEDDED_DB_PORT}
 * (3307), {@code PILOTOPS_MARIADBD} (an installed server) and {@code PILOTOPS_VAR_DIR} ({@code var}: where
 * the embedded database and Payara's working directories are kept).
 */
public final class PortalLauncher {

    private PortalLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path project = Path.of("").toAbsolutePath();
        Map<String, String> settings = PortalProcess.settingsOf(System.getenv());
        int httpPort = Integer.parseInt(settings.getOrDefault("PILOTOPS_HTTP_PORT", "8080"));
        Path var = project.resolve(settings.getOrDefault("PILOTOPS_VAR_DIR", "var"));
        EmbeddedMariaDb embedded = null;
        List<String> jvmOptions = new ArrayList<>();
        if (settings.getOrDefault("PILOTOPS_DB_URL", "").isBlank()) {
            int dbPort = Integer.parseInt(settings.getOrDefault("PILOTOPS_EMBEDDED_DB_PORT", "3307"));
            Path dataDir = var.resolve("mariadb");
            System.out.println("PilotOps: starting the embedded MariaDB on 127.0.0.1:" + dbPort + " (data in " + dataDir + ")");
            embedded = EmbeddedMariaDb.start(dataDir, dbPort);
            DatabaseCoordinates db = new DatabaseCoordinates(embedded.url("pilotops"), "root", "");
            DemoData.migrateAndSeed(db.dataSource(), project.resolve("ops/demo"));
            jvmOptions.addAll(db.systemProperties());
            if (settings.getOrDefault("PILOTOPS_CLOCK_START", "").isBlank()) {
                jvmOptions.add("-Dpilotops.clock.start=" + DemoData.CLOCK_START);
            }
        } else {
            System.out.println("PilotOps: using the database of PILOTOPS_DB_URL; no demo data");
        }
        System.out.println("PilotOps: starting Payara Micro on http://localhost:" + httpPort + "/");
        EmbeddedMariaDb database = embedded;
        PortalProcess portal;
        try {
            portal = PortalProcess.start(project.resolve("target/payara-micro.jar"), project.resolve("target/pilotops.war"),
                    httpPort, var.resolve("payara"), jvmOptions, settings, null);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portal.close();
            if (database != null) {
                database.close();
            }
        }));
        System.out.println("PilotOps is ready at " + portal.baseUri() + " (Ctrl-C stops it)");
        portal.waitFor();
    }
}
