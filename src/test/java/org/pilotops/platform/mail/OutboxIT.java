package org.pilotops.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
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
 * reminder's mail is sent once with its Chinese subject; while the server is down the runs succeed and the
 * mails wait without spending attempts, and they are sent once it is back; a mail that cannot be sent is
 * retried after its backoff and, after the last attempt, kept as FAILED with the reason and never tried
 * again by itself; administrators queue failed mails again, one or all, and they are sent once.
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
    void anSmtpOutageSpendsNoAttemptAndTheMailsGoOnceItEnds() throws Exception {
        String one = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@pilotops.test";
        String other = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@pilotops.test";
        long first;
        long second;
        smtp.stop();
        try {
            first = queue(one);
            second = queue(other);
            for (int run = 1; run <= 2; run++) {
                JsonObject job = run("OutboxJob", "");
                assertTrue(job.getString("lastMessage").startsWith("SMTP server unreachable ("), job::toString);
                assertTrue(job.getString("lastMessage").endsWith("mails stay queued"), job::toString);
                for (long id : new long[] {first, second}) {
                    assertEquals("QUEUED", status(id));
                    assertEquals(0, attempts(id), "an outage spends no attempt");
                    assertEquals(1, count("select count(*) from mail_outbox where id = " + id
                            + " and next_attempt_at <= utc_timestamp(3)"), "still due: no backoff");
                }
            }
        } finally {
            smtp = start();
        }
        run("OutboxJob", "");
        await(() -> "SENT".equals(status(first)) && "SENT".equals(status(second)), "sent once the server is back");
        assertEquals(1, received(one).length);
        assertEquals(1, received(other).length);
        assertEquals(1, attempts(first));
        assertEquals(1, attempts(second));
    }

    @Test
    void aMailThatCannotBeSentIsRetriedAfterItsBackoffAndGivenUpAfterTheLastAttempt() throws Exception {
        // A malformed address: the mail's own fault, found before any server is asked.
        String malformed = "doomed-" + UUID.randomUUID().toString().substring(0, 8) + "@@pilotops.test";
        long doomed = queue(malformed);
        run("OutboxJob", "");
        await(() -> attempts(doomed) == 1, "one failed attempt");
        assertEquals("QUEUED", status(doomed));
        assertTrue(lastError(doomed).contains("AddressException"), lastError(doomed));
        assertEquals(1, count("select count(*) from mail_outbox where id = " + doomed
                + " and next_attempt_at > utc_timestamp(3)"), "waits for its backoff");
        run("OutboxJob", "");
        assertEquals(1, attempts(doomed), "not due yet: untouched");

        for (int attempt = 2; attempt <= TestEnvironment.MAIL_MAX_ATTEMPTS; attempt++) {
            makeDue(doomed);
            run("OutboxJob", "");
            int expected = attempt;
            await(() -> attempts(doomed) == expected, "attempt " + expected);
        }
        assertEquals("FAILED", status(doomed));
        assertTrue(lastError(doomed).contains("AddressException"), lastError(doomed));
        makeDue(doomed);
        run("OutboxJob", "");
        assertEquals(TestEnvironment.MAIL_MAX_ATTEMPTS, attempts(doomed), "a failed mail is never tried again by itself");

        Api.Answer outbox = ADMIN.get("/api/v1/outbox?status=FAILED");
        assertEquals(200, outbox.status());
        assertTrue(outbox.body().contains(malformed), "administrators see the failed mail with its reason");
    }

    @Test
    void administratorsQueueFailedMailsAgainOneOrAll() throws Exception {
        String one = "requeue-" + UUID.randomUUID().toString().substring(0, 8) + "@pilotops.test";
        String other = "requeue-" + UUID.randomUUID().toString().substring(0, 8) + "@pilotops.test";
        long first = queue(one);
        long second = queue(other);
        execute("update mail_outbox set status = 'FAILED', attempts = " + TestEnvironment.MAIL_MAX_ATTEMPTS
                + ", last_error = '550 mailbox unavailable' where id in (" + first + ", " + second + ")");

        for (String who : new String[] {"national", "city-zjg"}) {
            assertEquals(403, Api.as(who).post("/api/v1/outbox/" + first + "/requeue", "").status(), who);
            assertEquals(403, Api.as(who).post("/api/v1/outbox/requeue", "").status(), who);
        }
        assertEquals("FAILED", status(first), "refused: untouched");
        assertEquals(404, ADMIN.post("/api/v1/outbox/999999999/requeue", "").status());

        Api.Answer requeued = ADMIN.post("/api/v1/outbox/" + first + "/requeue", "");
        assertEquals(200, requeued.status(), requeued::toString);
        assertEquals("QUEUED", requeued.json().getString("status"));
        assertEquals(0, requeued.json().getInt("attempts"));
        assertFalse(requeued.json().containsKey("lastError"), requeued::toString);
        assertEquals(1, count("select count(*) from audit_entry where subject_type = 'outbox-mail' and subject_id = " + first
                + " and actor = 'admin' and before_state like '%FAILED%550 mailbox unavailable%' and after_state like '%QUEUED%'"),
                "audited with the state before and after");

        Api.Answer again = ADMIN.post("/api/v1/outbox/" + first + "/requeue", "");
        assertEquals(409, again.status(), again::toString);
        assertEquals("urn:pilotops:problem:outbox-state", again.json().getString("type"));
        assertEquals("status", again.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        Api.Answer all = ADMIN.post("/api/v1/outbox/requeue", "");
        assertEquals(200, all.status(), all::toString);
        assertTrue(all.json().getInt("requeued") >= 1, all::toString);
        assertEquals(0, count("select count(*) from mail_outbox where status = 'FAILED'"), "every failed mail queued again");
        assertEquals("QUEUED", status(second));
        assertEquals(0, attempts(second));
        assertEquals(1, count("select count(*) from audit_entry where subject_type = 'outbox-mail' and subject_id = " + second));

        run("OutboxJob", "");
        await(() -> "SENT".equals(status(first)) && "SENT".equals(status(second)), "both sent");
        assertEquals(1, received(one).length);
        assertEquals(1, received(other).length);
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

    static JsonObject run(String job, String body) {
        return Fixtures.runAndWait(job, body);
    }

    static long queue(String recipient) {
        return Fixtures.queueMail(TestEnvironment.database(), recipient, "测试邮件");
    }

    static void makeDue(long id) {
        execute("update mail_outbox set next_attempt_at = utc_timestamp(3) - interval 1 second where id = " + id);
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
        return Fixtures.city(Fixtures.province(), "提醒测试市");
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
