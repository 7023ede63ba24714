package org.pilotops.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} reports the database: it answers, and with which schema version (the latest
 * migration applied). A load balancer sends no traffic to a node whose database is gone; an operator sees
 * after an upgrade which version the node runs against.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String VERSION = "SELECT version FROM flyway_schema_history"
            + " WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet version = statement.executeQuery(VERSION)) {
                return HealthCheckResponse.named("database").up()
                        .withData("schemaVersion", version.next() ? version.getString(1) : "none")
                        .build();
            }
        } catch (SQLException e) {
            // The state only: the message may name hosts and users, and this page is public.
            return HealthCheckResponse.named("database").down().withData("sqlState", String.valueOf(e.getSQLState())).build();
        }
    }
}
