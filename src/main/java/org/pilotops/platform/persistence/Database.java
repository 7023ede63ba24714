package org.pilotops.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source. Its settings come from server-level MicroProfile Config (system properties or
 * environment variables such as {@code PILOTOPS_DB_URL}); Payara resolves {@code ${MPCONFIG=…}} here
 * before the application's own config file is visible, so defaults are written inline. The default
 * points at the embedded MariaDB that {@code ops/run} starts.
 * <p>
 * Pool settings: without connection validation and fail-all-connections, Payara's pool stayed broken
 * after a MariaDB restart; with them it recovers within a second. Never add {@code useBulkStmts=true}
 * to the URL: batched {@code UPDATE … WHERE version=?} would then report no row counts and stale edits
 * would go unnoticed.
 */
@Singleton
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=pilotops.db.url:jdbc:mariadb://127.0.0.1:3307/pilotops?createDatabaseIfNotExist=true}",
        user = "${MPCONFIG=pilotops.db.user:root}",
        password = "${MPCONFIG=pilotops.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.validate-atmost-once-period-in-seconds=2"
        })
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/pilotops";
}
