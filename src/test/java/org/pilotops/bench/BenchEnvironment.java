package org.pilotops.bench;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the portal under measurement and its database are, read from the same settings {@code ops/run}
 * reads: {@code PILOTOPS_HTTP_PORT} (or {@code PILOTOPS_BENCH_URL} for a portal elsewhere), and
 * {@code PILOTOPS_DB_URL}/{@code _USER}/{@code _PASSWORD}, or without them the embedded database of
 * {@code ops/run} on {@code PILOTOPS_EMBEDDED_DB_PORT}. The administrator that creates cities and accounts
 * is {@code admin} with the demo password unless {@code PILOTOPS_BENCH_ADMIN_USER}/{@code _PASSWORD} say
 * otherwise (a configured database has no demo accounts).
 */
public record BenchEnvironment(URI portal, String dbUrl, String dbUser, String dbPassword, String adminUser,
                               String adminPassword, Path stateFile, Path resultsDir) {

    private static final Pattern JDBC = Pattern.compile("jdbc:(?:mariadb|mysql)://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    public static BenchEnvironment fromEnvironment() {
        String portal = env("PILOTOPS_BENCH_URL", "http://localhost:" + env("PILOTOPS_HTTP_PORT", "8080") + "/");
        String dbUrl = env("PILOTOPS_DB_URL", "");
        String user = env("PILOTOPS_DB_USER", "root");
        String password = env("PILOTOPS_DB_PASSWORD", "");
        if (dbUrl.isBlank()) {
            dbUrl = "jdbc:mariadb://127.0.0.1:" + env("PILOTOPS_EMBEDDED_DB_PORT", "3307") + "/pilotops";
            user = "root";
            password = "";
        }
        Path project = Path.of("").toAbsolutePath();
        return new BenchEnvironment(URI.create(portal.endsWith("/") ? portal : portal + "/"), dbUrl, user, password,
                env("PILOTOPS_BENCH_ADMIN_USER", "admin"), env("PILOTOPS_BENCH_ADMIN_PASSWORD", "pilotops-demo"),
                project.resolve("var/bench/state.tsv"), project.resolve("var/bench"));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /**
     * A connection for the raw JDBC baseline. Connector/J 3.5 sends an insert batch with the server's bulk
     * protocol (one prepared statement, all rows' parameters in one command), which it prefers to the
     * multi-row rewrite asked for here; either is the fastest a plain client gets.
     */
    public Connection connectForBatches() throws SQLException {
        String url = dbUrl + (dbUrl.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
        return DriverManager.getConnection(url, dbUser, dbPassword);
    }

    public String dbHost() {
        return part(1, "127.0.0.1");
    }

    public String dbPort() {
        return part(2, "3306");
    }

    public String dbName() {
        return part(3, "pilotops");
    }

    private String part(int group, String fallback) {
        Matcher m = JDBC.matcher(dbUrl);
        if (!m.matches()) {
            throw new IllegalStateException("Not a MariaDB JDBC URL: " + dbUrl);
        }
        return m.group(group) == null ? fallback : m.group(group);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
