package org.pilotops.launch;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.pilotops.platform.persistence.SchemaMigration;

/**
 * Brings an embedded database to the current schema and, once, seeds the demo data of SPEC §10 from
 * {@code ops/demo}. Flyway keeps the demo's history in its own table, so "once" survives restarts.
 */
public final class DemoData {

    public static final String DEMO_PASSWORD = "pilotops-demo";

    /**
     * Where the demo's application clock starts (SPEC §9): inside the programme's last month, so due dates
     * and "this year" mean something. It runs on from there.
     */
    public static final String CLOCK_START = "2020-12-01T09:00:00+08:00";

    private DemoData() {
    }

    public static void migrateAndSeed(DataSource dataSource, Path demoDir) {
        SchemaMigration.flyway(dataSource).migrate();
        seed(dataSource, demoDir);
    }

    /** Seeds the demo data, once, into a database already at a schema that holds it. */
    public static void seed(DataSource dataSource, Path demoDir) {
        Flyway.configure(DemoData.class.getClassLoader())
                .dataSource(dataSource)
                .locations("filesystem:" + demoDir.toAbsolutePath())
                .table("demo_data_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // Seed data, run once into an empty schema: its scripts follow later schema changes (V0028
                // renamed the review history's table), and a database seeded by an older script must start.
                .validateOnMigrate(false)
                .placeholders(Map.of("demo_password_hash", hash(DEMO_PASSWORD)))
                .load()
                .migrate();
    }

    /** A hash in the format of Jakarta Security's Pbkdf2PasswordHash, with the parameters the WAR uses. */
    static String hash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 210_000;
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8)).getEncoded();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
