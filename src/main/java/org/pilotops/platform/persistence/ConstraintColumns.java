package org.pilotops.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The columns each named constraint of the schema covers (unique and foreign keys from
 * {@code KEY_COLUMN_USAGE}, checks from the identifiers of their clause), read from MariaDB's
 * information schema the first time a constraint is broken. Flyway owns the DDL, so the names in the
 * migrations are the truth and nothing here repeats them.
 */
@ApplicationScoped
public class ConstraintColumns {

    private static final Pattern IDENTIFIER = Pattern.compile("`([^`]+)`");

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private volatile Map<String, List<String>> columns;

    /**
     * The columns of a constraint, in key order; empty when it is unknown. Runs outside the caller's
     * transaction, which a broken constraint has already marked for rollback.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<String> of(String constraint) {
        if (columns == null) {
            columns = load();
        }
        return columns.getOrDefault(constraint, List.of());
    }

    private Map<String, List<String>> load() {
        Map<String, List<String>> found = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet keys = s.executeQuery("SELECT CONSTRAINT_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
                    + "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")) {
                while (keys.next()) {
                    found.computeIfAbsent(keys.getString(1), k -> new ArrayList<>()).add(keys.getString(2));
                }
            }
            try (ResultSet checks = s.executeQuery("SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                    + "WHERE CONSTRAINT_SCHEMA = DATABASE()")) {
                while (checks.next()) {
                    Matcher m = IDENTIFIER.matcher(checks.getString(2));
                    List<String> named = new ArrayList<>();
                    while (m.find()) {
                        if (!named.contains(m.group(1))) {
                            named.add(m.group(1));
                        }
                    }
                    found.putIfAbsent(checks.getString(1), named);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema's constraints", e);
        }
        return Map.copyOf(found);
    }
}
