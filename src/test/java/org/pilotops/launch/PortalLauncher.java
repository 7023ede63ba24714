package org.pilotops.launch;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ops/run} starts. Without {@code PILOTOPS_DB_URL}: an embedded MariaDB with its data under
 * {@code var/mariadb}, the schema, the demo data (once), then the portal. With it: only the portal, which
 * reads the database settings from the environment, migrates the schema itself and seeds nothing.
 * Ctrl-C stops the portal, then the database.
 */
public final class PortalLauncher {

    private PortalLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path project = Path.of("").toAbsolutePath();
        int httpPort = Integer.parseInt(env("PILOTOPS_HTTP_PORT", "8080"));
        EmbeddedMariaDb embedded = null;
        List<String> jvmOptions = List.of();
        if (env("PILOTOPS_DB_URL", "").isBlank()) {
            int dbPort = Integer.parseInt(env("PILOTOPS_EMBEDDED_DB_PORT", "3307"));
            System.out.println("PilotOps: starting the embedded MariaDB on 127.0.0.1:" + dbPort);
            embedded = EmbeddedMariaDb.start(project.resolve("var/mariadb"), dbPort);
            DatabaseCoordinates db = new DatabaseCoordinates(embedded.url("pilotops"), "root", "");
            DemoData.migrateAndSeed(db.dataSource(), project.resolve("ops/demo"));
            jvmOptions = new java.util.ArrayList<>(db.systemProperties());
            if (env("PILOTOPS_CLOCK_START", "").isBlank()) {
                jvmOptions.add("-Dpilotops.clock.start=" + DemoData.CLOCK_START);
            }
        } else {
            System.out.println("PilotOps: using the database of PILOTOPS_DB_URL; no demo data");
        }
        System.out.println("PilotOps: starting Payara Micro on http://localhost:" + httpPort + "/");
        PortalProcess portal = PortalProcess.start(project.resolve("target/payara-micro.jar"),
                project.resolve("target/pilotops.war"), httpPort, project.resolve("var/payara"), jvmOptions, null);
        EmbeddedMariaDb database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portal.close();
            if (database != null) {
                database.close();
            }
        }));
        System.out.println("PilotOps is ready at " + portal.baseUri() + " (Ctrl-C stops it)");
        portal.waitFor();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
