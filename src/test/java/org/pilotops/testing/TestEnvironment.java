package org.pilotops.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pilotops.launch.DatabaseCoordinates;
import org.pilotops.launch.DemoData;
import org.pilotops.launch.EmbeddedMariaDb;
import org.pilotops.launch.PortalProcess;

/**
 * The database and portal of one integration-test run. With {@code PILOTOPS_TEST_DB_URL} (and
 * {@code PILOTOPS_TEST_DB_USER}, {@code PILOTOPS_TEST_DB_PASSWORD}) the tests use that MariaDB server,
 * in a database of their own named after the moment of the run; otherwise they start an embedded
 * MariaDB. The schema and the demo data are applied once; the portal is the packaged WAR on Payara Micro.
 */
public final class TestEnvironment {

    private static final Pattern SERVER = Pattern.compile("(jdbc:mariadb://[^/?]+)(/[^?]*)?(\\?.*)?");

    /** The bearer token the portal under test accepts on /metrics. */
    public static final String METRICS_TOKEN = "it-metrics-token-" + Long.toHexString(System.nanoTime());

    /**
     * Where the portal under test sends mail: a port on this machine, fixed for the run, on which the mail
     * tests start GreenMail (a real SMTP server) when they need one. While none listens, sending fails
     * and the outbox retries, as it would with any SMTP outage.
     */
    private static final int MAIL_PORT = freePort();

    /** Attempts the portal under test makes before a mail is FAILED (OutboxIT). */
    public static final int MAIL_MAX_ATTEMPTS = 3;

    private static DatabaseCoordinates database;
    private static PortalProcess portal;
    private static EmbeddedMariaDb embedded;

    private TestEnvironment() {
    }

    /** The test run's database, migrated and seeded with the demo data. */
    public static synchronized DatabaseCoordinates database() {
        if (database == null) {
            String url = System.getenv("PILOTOPS_TEST_DB_URL");
            String name = "pilotops_it_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
            if (url == null || url.isBlank()) {
                embedded = EmbeddedMariaDb.start(workDir().resolve("mariadb-" + System.nanoTime()), freePort());
                database = new DatabaseCoordinates(embedded.url(name), "root", "");
            } else {
                database = freshDatabase(url, env("PILOTOPS_TEST_DB_USER", "root"), env("PILOTOPS_TEST_DB_PASSWORD", ""), name);
            }
            DemoData.migrateAndSeed(database.dataSource(), Path.of("ops/demo"));
            Runtime.getRuntime().addShutdownHook(new Thread(TestEnvironment::stop));
        }
        return database;
    }

    /**
     * What the {@code ops/} database scripts need to find the MariaDB clients: none when the tests use a
     * configured server (its clients are on the PATH), else the directory of the embedded server's own.
     */
    public static synchronized Map<String, String> mariadbClients() {
        database();
        return embedded == null ? Map.of() : Map.of("PILOTOPS_MARIADB_BIN", embedded.clientTools().toString());
    }

    /** The base URI of the portal under test, started on first use. */
    public static synchronized URI portal() {
        if (portal == null) {
            DatabaseCoordinates db = database();
            int port = Integer.parseInt(System.getProperty("pilotops.it.port", "18080"));
            portal = startPortal(port, jvmOptions(db), "portal");
        }
        return portal.baseUri();
    }

    /**
     * A second node of the portal under test: the same WAR and settings on the same database, on a port of
     * its own (the cluster test). The caller stops it.
     */
    public static synchronized PortalProcess anotherNode(String name) {
        return startPortal(freePort(), jvmOptions(database()), name);
    }

    /**
     * The packaged WAR on Payara Micro with these JVM options and none of this process's {@code PILOTOPS_*}
     * settings, logging to {@code <name>.log} in the tests' work directory. The caller stops it.
     */
    public static PortalProcess startPortal(int port, List<String> jvmOptions, String name) {
        return PortalProcess.start(Path.of(System.getProperty("pilotops.it.micro-jar", "target/payara-micro.jar")),
                Path.of(System.getProperty("pilotops.it.war", "target/pilotops.war")), port, workDir(), jvmOptions,
                Map.of(), workDir().resolve(name + ".log"));
    }

    /**
     * A new, empty database on the test run's MariaDB server (the configured one or the embedded one), for a
     * test that needs a database of its own. The caller drops it when the server is a shared one.
     */
    public static synchronized DatabaseCoordinates emptyDatabase(String prefix) {
        DatabaseCoordinates run = database();
        Matcher m = SERVER.matcher(run.url());
        if (!m.matches()) {
            throw new IllegalStateException("Not a MariaDB JDBC URL: " + run.url());
        }
        return freshDatabase(m.group(1), run.user(), run.password(), prefix + "_" + System.nanoTime());
    }

    /**
     * A portal of a test's own on another database: the packaged WAR with the test run's settings followed by
     * {@code extraOptions} (of two {@code -D} for one key the later wins), logging to {@code <name>.log} in the
     * tests' work directory. For settings the shared portal must not have, such as jobs firing every few
     * seconds (JobsSoakIT). The caller stops it.
     */
    public static PortalProcess portalOn(DatabaseCoordinates db, List<String> extraOptions, String name) {
        List<String> options = new java.util.ArrayList<>(jvmOptions(db));
        options.addAll(extraOptions);
        return startPortal(freePort(), options, name);
    }

    /** The port the portal under test sends mail to. */
    public static int mailPort() {
        return MAIL_PORT;
    }

    /** Points the Arquillian Payara Micro container at the test database, before it reads its settings. */
    public static synchronized void configureArquillian() {
        DatabaseCoordinates db = database();
        System.setProperty("payara.cmdOptions", String.join(" ", jvmOptions(db)));
        System.setProperty("payara.extraMicroOptions", "--nohazelcast --disablephonehome");
        System.setProperty("payara.clusterEnabled", "true");
    }

    private static List<String> jvmOptions(DatabaseCoordinates db) {
        List<String> options = new java.util.ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx768m",
                // The tests play clients at other addresses through X-Forwarded-For (LoginThrottlingIT).
                "-Dpilotops.http.trusted-proxies=127.0.0.1,::1",
                // A scraper's bearer token for /metrics (MetricsAccessIT).
                "-Dpilotops.metrics.token=" + METRICS_TOKEN,
                // The portal under test runs on the demo's clock, like the demo data it serves.
                "-Dpilotops.clock.start=" + DemoData.CLOCK_START,
                // Its mail goes to the tests' SMTP server (OutboxIT), with few attempts before giving up.
                "-Dpilotops.mail.host=127.0.0.1", "-Dpilotops.mail.port=" + MAIL_PORT,
                "-Dpilotops.mail.from=noreply@pilotops.test",
                "-Dpilotops.mail.maxAttempts=" + MAIL_MAX_ATTEMPTS,
                "-Dpilotops.portal.baseUrl=https://pilotops.test/"));
        options.addAll(db.systemProperties());
        return options;
    }

    private static DatabaseCoordinates freshDatabase(String serverUrl, String user, String password, String name) {
        Matcher m = SERVER.matcher(serverUrl.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("PILOTOPS_TEST_DB_URL is not a MariaDB JDBC URL: " + serverUrl);
        }
        String server = m.group(1);
        try (Connection c = DriverManager.getConnection(server + "/", user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server, e);
        }
        return new DatabaseCoordinates(server + "/" + name, user, password);
    }

    /** Stops the portal and the database; a database made on a shared server is dropped again. */
    private static synchronized void stop() {
        if (portal != null) {
            portal.close();
        }
        if (embedded != null) {
            embedded.close();
        } else if (database != null) {
            try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + c.getCatalog() + "`");
            } catch (SQLException e) {
                System.err.println("Could not drop the test database: " + e.getMessage());
            }
        }
    }

    public static Path workDir() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("pilotops.it.work-dir", "target/it")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TCP port nobody listens on now, for a server a test starts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest migration's version as Flyway reports it ({@code 0024} for {@code V0024__…}). */
    public static String latestMigration() {
        try (Stream<Path> files = Files.list(Path.of("migrations"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).max(String::compareTo).orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
