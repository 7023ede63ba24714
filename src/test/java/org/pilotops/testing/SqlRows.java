package org.pilotops.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;

/**
 * Rows an in-container test writes and reads with plain SQL on the application's data source, beside what
 * it tests: a pilot city of its own with an agency serving it, and the actors that report for the city and
 * work for the agency. Deployed with every in-container test ({@link InContainerDeployment}).
 */
public final class SqlRows {

    private final DataSource dataSource;

    public SqlRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A demo pilot city of its own, an agency serving it, and who reports for it and works for the agency. */
    public record CityWithAgency(long city, long agency, Actor reporter, Actor agencyStaff) {
    }

    public CityWithAgency cityWithAgency(String nameZh, String nameEn, int province, String username) throws SQLException {
        long city = city(nameZh, nameEn, province);
        long agency = insert("insert into service_agency (name, credit_code, kind) values (?, ?, 'PATENT_AGENCY')",
                nameZh + "机构", "91" + divisionCode() + "MA0000000");
        execute("insert into agency_city (agency_id, city_id) values (" + agency + ", " + city + ")");
        return new CityWithAgency(city, agency,
                new Actor(username, Set.of(Role.CITY_REPORTER), city, null, null, false, Set.of(city)),
                new Actor(username + "-agency", Set.of(Role.AGENCY_STAFF), null, null, agency, false, Set.of(city)));
    }

    /** A demo pilot city of the province, with a division code of its own. */
    public long city(String nameZh, String nameEn, int province) throws SQLException {
        return insert("insert into pilot_city (division_code, name_zh, name_en, province_id, level, demo) "
                + "values (?, ?, ?, " + province + ", 'PREFECTURE', true)", divisionCode(), nameZh, nameEn);
    }

    /** Inserts one row with the parameters given and answers its generated id. */
    public long insert(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    public long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Six digits no demo city uses. */
    public static String divisionCode() {
        return Integer.toString(900000 + ThreadLocalRandom.current().nextInt(99999));
    }
}
