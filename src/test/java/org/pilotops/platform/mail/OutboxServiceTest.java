package org.pilotops.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The sender's run against a stand-in outbox and SMTP server: a server that cannot be reached ends the run
 * at the first mail and spends no attempt; a mail the server turns down spends one and the others go on.
 */
class OutboxServiceTest {

    final List<String> calls = new ArrayList<>();
    final List<Long> tried = new ArrayList<>();

    @Test
    void aServerThatCannotBeReachedEndsTheRunAtTheFirstMailAndSpendsNoAttempt() {
        OutboxService outbox = outbox(claims(5), id -> {
            throw new MessagingException("Could not connect to SMTP host", new ConnectException("Connection refused"));
        });
        String message = outbox.sendDue();
        assertEquals(List.of(1L), tried, "one connect, not one per mail");
        assertEquals(List.of("unreachable 1 untried [2, 3, 4, 5]", "queued"), calls);
        assertTrue(message.startsWith("SMTP server unreachable (MessagingException: Could not connect to SMTP host): "
                + "sent 0, to retry 0, failed 0, 5 mails stay queued"), message);
    }

    @Test
    void aServerThatGoesAwayInTheMiddleOfABatchKeepsWhatWasSentAndQueuesTheRest() {
        OutboxService outbox = outbox(claims(5), id -> {
            if (id == 3) {
                throw new MessagingException("Could not connect to SMTP host", new ConnectException("Connection refused"));
            }
        });
        String message = outbox.sendDue();
        assertEquals(List.of(1L, 2L, 3L), tried);
        assertEquals(List.of("sent 1", "sent 2", "unreachable 3 untried [4, 5]", "queued"), calls);
        assertTrue(message.contains("sent 2, to retry 0, failed 0"), message);
    }

    @Test
    void aMailTheServerTurnsDownSpendsAnAttemptAndTheOthersGoOn() {
        OutboxService outbox = outbox(claims(3), id -> {
            if (id == 2) {
                throw new SendFailedException("550 5.1.1 recipient unknown");
            }
        });
        assertEquals("sent 2, to retry 1, failed 0", outbox.sendDue());
        assertEquals(List.of(1L, 2L, 3L), tried);
        assertEquals(List.of("sent 1", "failed 2", "sent 3"), calls);
    }

    @Test
    void withoutAServerNothingIsClaimed() {
        OutboxService outbox = outbox(claims(3), id -> {
            throw new AssertionError("nothing is sent");
        });
        outbox.settings.host = Optional.empty();
        assertEquals("no SMTP server configured (pilotops.mail.host): 3 mails stay queued", outbox.sendDue());
        assertEquals(List.of("queued"), calls);
    }

    // ---------------------------------------------------------------------------------------------------

    interface Smtp {
        void send(long id) throws MessagingException;
    }

    OutboxService outbox(OutboxClaims claims, Smtp smtp) {
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("127.0.0.1");
        settings.maxAttempts = 3;
        OutboxService outbox = new OutboxService();
        outbox.settings = settings;
        outbox.claims = claims;
        outbox.transport = new SmtpTransport() {
            @Override
            public void send(long outboxId, String recipient, String subject, String body) throws MessagingException {
                tried.add(outboxId);
                smtp.send(outboxId);
            }
        };
        return outbox;
    }

    /** An outbox of {@code due} mails (ids 1…), which hands them out in one claim and records what it is told. */
    OutboxClaims claims(int due) {
        return new OutboxClaims() {
            boolean claimed;

            @Override
            public List<Claimed> claim(String sender, int limit, Instant now) {
                if (claimed) {
                    return List.of();
                }
                claimed = true;
                return LongStream.rangeClosed(1, due).mapToObj(id -> new Claimed(id, id + "@pilotops.test", "主题", "正文", 0))
                        .toList();
            }

            @Override
            public void sent(long id, String sender, Instant now) {
                calls.add("sent " + id);
            }

            @Override
            public void attemptFailed(Claimed mail, String sender, String reason, int maxAttempts, Instant now) {
                calls.add("failed " + mail.id());
            }

            @Override
            public void serverUnreachable(Claimed probed, List<Claimed> untried, String sender, String reason) {
                assertTrue(reason.startsWith("SMTP server unreachable (no attempt spent): "), reason);
                calls.add("unreachable " + probed.id() + " untried " + untried.stream().map(Claimed::id).toList());
            }

            @Override
            public int giveUpInterrupted(Instant now, Duration after) {
                return 0;
            }

            @Override
            public long queued() {
                calls.add("queued");
                return due;
            }
        };
    }
}
