package org.pilotops.reminder.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pilotops.platform.persistence.Database;
import org.pilotops.testing.ArquillianDatabase;
import org.pilotops.testing.InContainerDeployment;

/**
 * Exactly once, inside Payara Micro on MariaDB: two runs of the same day started together and a third
 * after them make each reminder once, with one notification each and one mail for each recipient with
 * an address. The city and accounts are made here, in a province without pilot cities, so the counts
 * are this test's own whatever else the database holds.
 */
@ExtendWith(ArquillianDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ReminderDeliveryIT {

    static final LocalDate DAY = LocalDate.of(2020, 12, 1);

    @Deployment
    static WebArchive deployment() {
        return InContainerDeployment.packagedWarWith(ReminderDeliveryIT.class);
    }

    @Inject
    ReminderService reminders;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void twoConcurrentRunsOfADayAndAThirdMakeEachReminderOnce() throws Exception {
        long city = city();
        long withMail = account("CITY_REPORTER", city, true);
        long withoutMail = account("CITY_REPORTER", city, false);
        String accounts = withMail + ", " + withoutMail;

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = List.of(
                executor.submit(() -> {
                    start.await();
                    return reminders.runAsOf(DAY);
                }),
                executor.submit(() -> {
                    start.await();
                    return reminders.runAsOf(DAY);
                }));
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        reminders.runAsOf(DAY);

        // The year-end summary and the typical cases, 30 days before 2020-12-31, to both reporters.
        assertEquals(4, count("select count(*) from reminder where account_id in (" + accounts + ")"));
        assertEquals(2, count("select count(distinct rule_code) from reminder where account_id in (" + accounts + ")"));
        assertEquals(4, count("select count(*) from notification where account_id in (" + accounts + ")"));
        assertEquals(2, count("select count(*) from mail_outbox m join reminder r on m.origin = concat('reminder:', r.id)"
                + " where r.account_id = " + withMail));
        assertEquals(0, count("select count(*) from mail_outbox m join reminder r on m.origin = concat('reminder:', r.id)"
                + " where r.account_id = " + withoutMail));
        assertEquals(0, count("select count(*) from (select rule_code, account_id, subject, due_date, occurrence from reminder"
                + " group by rule_code, account_id, subject, due_date, occurrence having count(*) > 1) twice"));
    }

    private long city() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet free = s.executeQuery("select id from province where kind = 'PROVINCE' and id <> 410000 and id not in"
                     + " (select province_id from pilot_city) order by rand() limit 1")) {
            free.next();
            int province = free.getInt(1);
            String code = Integer.toString(province).substring(0, 2)
                    + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
            try (PreparedStatement insert = c.prepareStatement("insert into pilot_city (division_code, name_zh, name_en,"
                    + " province_id, level) values (?, '并发测试市', 'Concurrency Test City', ?, 'PREFECTURE')",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, code);
                insert.setInt(2, province);
                insert.executeUpdate();
                return key(insert);
            }
        }
    }

    private long account(String role, long city, boolean withMail) throws SQLException {
        String username = "it-once-" + Long.toHexString(System.nanoTime());
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into account (username, password_hash, display_name, email,"
                     + " city_id) values (?, 'not-a-hash', '并发测试', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, withMail ? username + "@pilotops.test" : null);
            insert.setLong(3, city);
            insert.executeUpdate();
            long id = key(insert);
            try (PreparedStatement roles = c.prepareStatement("insert into account_role (account_id, role) values (?, ?)")) {
                roles.setLong(1, id);
                roles.setString(2, role);
                roles.executeUpdate();
            }
            return id;
        }
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
