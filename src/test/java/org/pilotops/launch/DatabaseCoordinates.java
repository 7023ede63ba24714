package org.pilotops.launch;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/** Where a PilotOps database is and how to sign in to it. */
public record DatabaseCoordinates(String url, String user, String password) {

    public DataSource dataSource() {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalArgumentException("Not a MariaDB JDBC URL: " + url, e);
        }
    }

    /** The same settings as Payara's {@code -D} options, read by the WAR's data source definition. */
    public java.util.List<String> systemProperties() {
        return java.util.List.of("-Dpilotops.db.url=" + url, "-Dpilotops.db.user=" + user,
                "-Dpilotops.db.password=" + password);
    }
}
