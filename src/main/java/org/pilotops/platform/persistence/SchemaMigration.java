package org.pilotops.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before the application takes traffic: Flyway is the only writer of DDL
 * (schema generation is off). A startup singleton finishes before the container routes requests, so no
 * page or API call ever sees an old schema. Several nodes starting together are safe: Flyway takes a
 * database lock while it migrates.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway(dataSource);
        var result = flyway.migrate();
        var current = flyway.info().current();
        LOG.info(() -> "Schema at version " + (current == null ? "none" : current.getVersion())
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The one Flyway configuration, shared with the launcher of the embedded database. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }
}
