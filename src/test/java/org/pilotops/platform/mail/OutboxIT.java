package org.pilotops.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.TestEnvironment;

/**
 * The outbox against a real SMTP server (GreenMail on the port the portal under test sends to): a
 * reminder's mail is sent once with its Chinese subject; a mail that fails while the server is down is
 * retried after its backoff and sent once the server is back; after the last attempt a mail is kept as
 * FAILED with the reason and never sent.
 */
class OutboxIT {

    static final Api ADMIN = Api.as("admin");
    static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        TestEnvironment.portal();
        smtp = start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(TestEnvironment.mailPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @Test
    void aRemindersMailIsSentOnceWithItsChineseSubject() throws Exception {
        long city = createCity();
        String email = reporterWithMail(city);
        run("ReminderJob", "{\"asOf\": \"2020-12-01\"}");
        await(() -> count("select count(*) from mail_outbox where recipient = '" + email + "'") == 2, "two mails queued");

        run("OutboxJob", "");
        await(() -> received(email).length == 2, "two mails received by " + email);
        run("OutboxJob", "");
        Thread.sleep(1000);
        MimeMessage[] got = received(email);
        assertEquals(2, got.length, "sent once");
        String subjects = String.join(" | ", Arrays.stream(got).map(OutboxIT::subject).sorted().toList());
        assertEquals("【试点城市工作平台】提醒测试市 2020 年典型成功案例还有 30 天截止 | 【试点城市工作平台】提醒测试市 2020 年度工作总结还有 30 天截止",
                subjects);
        String body = GreenMailUtil.getBody(got[0]);
        assertNotNull(got[0].getHeader("X-PilotOps-Outbox-Id"));
        assertTrue(got[0].getContentType().toLowerCase().contains("utf-8"), got[0].getContentType());
        assertTrue(new String(body.getBytes()).length() > 0);
        assertEquals(2, count("select count(*) from mail_outbox where recipient = '" + email
                + "' and status = 'SENT' and attempts = 1 and sent_at is not null"));
    }

    @Test
    void aFailedMailIsRetriedAfterItsBackoffAndGivenUpAfterTheLastAttempt() throws Exception {
        String retried = "retry-" + UUID.randomUUID().toString().substring(0, 8) + "@pilotops.test";
        String doomed = "doomed-" + UUID.randomUUID().toString().substring(0, 8) + "@pilotops.test";
        smtp.stop();
        try {
            long first = queue(retried);
            long second = queue(doomed);
            run("OutboxJob", "");
            await(() -> attempts(first) == 1 && attempts(second) == 1, "one failed attempt each");
            assertEquals("QUEUED", status(first));
            assertTrue(lastError(first).contains("Exception"), lastError(first));
            assertTrue(count("select count(*) from mail_outbox where id = " + first
                    + " and next_attempt_at > utc_timestamp(3)") == 1, "waits for its backoff");

            for (int attempt = 2; attempt <= TestEnvironment.MAIL_MAX_ATTEMPTS; attempt++) {
                makeDue(second);
                run("OutboxJob", "");
                int expected = attempt;
                await(() -> attempts(second) == expected, "attempt " + expected);
            }
            assertEquals("FAILED", status(second));
            assertTrue(lastError(second).contains("Exception"), lastError(second));
            assertEquals(1, attempts(first), "not due yet: untouched");
        } finally {
            smtp = start();
        }
        long first = id(retried);
        long second = id(doomed);
        makeDue(first);
        makeDue(second);
        run("OutboxJob", "");
        await(() -> "SENT".equals(status(first)), "sent once the server is back");
        run("OutboxJob", "");
        assertEquals(1, received(retried).length);
        assertEquals(0, received(doomed).length, "a failed mail is never sent");
        assertEquals("FAILED", status(second));
        assertEquals(2, attempts(first));

        Api.Answer outbox = ADMIN.get("/api/v1/outbox?status=FAILED");
        assertEquals(200, outbox.status());
        assertTrue(outbox.body().contains(doomed), "administrators see the failed mail with its reason");
    }

    // ---------------------------------------------------------------------------------------------------

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MimeMessage[] received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toArray(MimeMessage[]::new);
    }

    static void run(String job, String body) {
        Fixtures.runAndWait(job, body);
    }

    static long queue(String recipient) throws SQLException {
        try (Connection c = TestEnvironment.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO mail_outbox (recipient, subject, body, status, next_attempt_at,"
                     + " created_at) VALUES (?, '测试邮件', '正文', 'QUEUED', utc_timestamp(3), utc_timestamp(3))",
                     Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, recipient);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void makeDue(long id) {
        execute("update mail_outbox set next_attempt_at = utc_timestamp(3) - interval 1 second where id = " + id);
    }

    static long id(String recipient) {
        return count("select id from mail_outbox where recipient = '" + recipient + "'");
    }

    static int attempts(long id) {
        return (int) count("select attempts from mail_outbox where id = " + id);
    }

    static String status(long id) {
        return text("select status from mail_outbox where id = " + id);
    }

    static String lastError(long id) {
        return String.valueOf(text("select last_error from mail_outbox where id = " + id));
    }

    static long createCity() {
        return Fixtures.city(Fixtures.emptyProvince(), "提醒测试市");
    }

    static String reporterWithMail(long city) {
        return Fixtures.reporter(city, true).email();
    }

    static void await(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting: " + what);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static long count(String sql) {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(String sql) {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void execute(String sql) {
        try (Connection c = TestEnvironment.database().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
