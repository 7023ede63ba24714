package org.pilotops.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pilotops.launch.DatabaseCoordinates;

/** Every table of a database with MariaDB's {@code CHECKSUM TABLE} and its row count: what the drills compare. */
final class TableChecksums {

    private TableChecksums() {
    }

    /** Table name → "checksum / n rows", in name order. */
    static Map<String, String> of(DatabaseCoordinates database) throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                String checksum;
                try (ResultSet r = s.executeQuery("CHECKSUM TABLE `" + table + "`")) {
                    r.next();
                    checksum = r.getString(2);
                }
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    r.next();
                    checksums.put(table, checksum + " / " + r.getLong(1) + " rows");
                }
            }
        }
        return checksums;
    }
}
