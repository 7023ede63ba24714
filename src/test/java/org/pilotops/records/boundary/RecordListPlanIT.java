package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.TestEnvironment;

/**
 * A city's list over all its years, newest first or by the kind's main amount, can find its page through an
 * index (migration V0023) instead of reading and sorting every row of the city: read through that index,
 * the statement RecordService issues — the city, the order with its id tie-break the same way round, one
 * page — needs no filesort. Which index the optimizer picks depends on the table's size (on the few rows of
 * a test database a scan of the primary key is cheaper), so the test names the index; ops/bench shows the
 * optimizer taking it at a million records, and measures the time.
 */
class RecordListPlanIT {

    @ParameterizedTest(name = "{0} ORDER BY {1}")
    @CsvSource(delimiter = '|', value = {
            "navigation_project   | id DESC                  | navigation_project_city_id_ix",
            "navigation_project   | budget DESC, id DESC     | navigation_project_city_budget_ix",
            "navigation_project   | budget, id               | navigation_project_city_budget_ix",
            "pledge_financing     | id DESC                  | pledge_financing_city_id_ix",
            "pledge_financing     | amount DESC, id DESC     | pledge_financing_city_amount_ix",
            "trusteeship_contract | id DESC                  | trusteeship_contract_city_id_ix",
            "trusteeship_contract | fee DESC, id DESC        | trusteeship_contract_city_fee_ix",
            "training_session     | id DESC                  | training_session_city_id_ix",
            "voucher              | id DESC                  | voucher_city_id_ix",
            "voucher              | face_value DESC, id DESC | voucher_city_face_value_ix",
            "free_filing          | id DESC                  | free_filing_city_id_ix",
            "protection_centre    | id DESC                  | protection_centre_city_id_ix"})
    void aCitysPageIsReadInIndexOrder(String table, String order, String index) throws SQLException {
        long city = Fixtures.count("SELECT MIN(id) FROM pilot_city");
        String sql = "EXPLAIN SELECT * FROM " + table + " FORCE INDEX (" + index + ") WHERE city_id = " + city
                + " ORDER BY " + order + " LIMIT 0, 20";
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet plan = s.executeQuery(sql)) {
            plan.next();
            String extra = String.valueOf(plan.getString("Extra"));
            assertEquals(index, plan.getString("key"), () -> sql + " → Extra: " + extra);
            assertFalse(extra.contains("filesort"), () -> sql + " → Extra: " + extra);
        }
    }
}
