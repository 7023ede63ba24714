package org.pilotops.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        Optional<RunDirectory> held = RunDirectory.hold(project.resolve(settings.getOrDefault("PILOTOPS_VAR_DIR", "var")));
        if (held.isEmpty()) {
            System.exit(1);
        }
        RunDirectory run = held.get();
        run.clearLeftovers();
        Started started = new Started(run);
        // Before anything starts: Ctrl-C during the start stops what has started so far.
        Runtime.getRuntime().addShutdownHook(new Thread(started::close, "pilotops-launcher-stop"));
        List<String> jvmOptions = new ArrayList<>();
        if (settings.getOrDefault("PILOTOPS_DB_URL", "").isBlank()) {
            int dbPort = Integer.parseInt(settings.getOrDefault("PILOTOPS_EMBEDDED_DB_PORT", "3307"));
            Path dataDir = run.path().resolve("mariadb");
            System.out.println("PilotOps: starting the embedded MariaDB on 127.0.0.1:" + dbPort + " (data in " + dataDir + ")");
            EmbeddedMariaDb database = started.database(EmbeddedMariaDb.start(dataDir, dbPort));
            DatabaseCoordinates db = new DatabaseCoordinates(database.url("pilotops"), "root", "");
            DemoData.migrateAndSeed(db.dataSource(), project.resolve("ops/demo"));
            jvmOptions.addAll(db.systemProperties());
            if (settings.getOrDefault("PILOTOPS_CLOCK_START", "").isBlank()) {
                jvmOptions.add("-Dpilotops.clock.start=" + DemoData.CLOCK_START);
            }
        } else {
            System.out.println("PilotOps: using the database of PILOTOPS_DB_URL; no demo data");
        }
        System.out.println("PilotOps: starting Payara Micro on http://localhost:" + httpPort + "/");
        PortalProcess portal = started.portal(PortalProcess.start(project.resolve("target/payara-micro.jar"),
                project.resolve("target/pilotops.war"), httpPort, run.path().resolve("payara"), jvmOptions, settings, null));
        System.out.println("PilotOps is ready at " + portal.baseUri() + " (Ctrl-C stops it)");
        portal.waitFor();
    }

    /** What this launcher has started, stopped in reverse order when it ends, however far it got. */
    private static final class Started {

        private final RunDirectory run;
        private volatile EmbeddedMariaDb database;
        private volatile PortalProcess portal;

        Started(RunDirectory run) {
            this.run = run;
        }

        EmbeddedMariaDb database(EmbeddedMariaDb started) {
            database = started;
            return started;
        }

        PortalProcess portal(PortalProcess started) {
            portal = started;
            return started;
        }

        void close() {
            if (portal != null) {
                portal.close();
            } else {
                run.stopProcessesNaming(run.path().resolve("payara"), "stopping the portal that was starting");
            }
            if (database != null) {
                database.close();
            }
            run.close();
        }
    }
}
