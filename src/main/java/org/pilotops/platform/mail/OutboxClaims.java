package org.pilotops.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outbox's state changes and reads for the sender, each in a short transaction of its own, so that no
 * database lock is held while a sender talks to the SMTP server. A claim takes due rows with {@code FOR UPDATE SKIP LOCKED}
 * (MariaDB 10.6+) and marks them {@code SENDING} for one sender before anything is sent: two senders,
 * on one node or two, never hold the same row, so no mail is sent twice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxClaims {

    /** A claimed mail, ready to send. */
    public record Claimed(long id, String recipient, String subject, String body, int attempts) {
    }

    @PersistenceContext
    EntityManager em;

    /** Claims up to {@code limit} due mails for {@code sender}. */
    public List<Claimed> claim(String sender, int limit, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM mail_outbox WHERE status = 'QUEUED' AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at, id LIMIT " + limit + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, utc(now)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(id -> Long.toString(((Number) id).longValue())).collect(Collectors.joining(","));
        em.createNativeQuery("UPDATE mail_outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ? WHERE id IN ("
                        + in + ") AND status = 'QUEUED'")
                .setParameter(1, sender).setParameter(2, utc(now)).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, recipient, subject, body, attempts FROM mail_outbox WHERE id IN ("
                + in + ") AND status = 'SENDING' AND claimed_by = ? ORDER BY id").setParameter(1, sender).getResultList();
        return rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue())).toList();
    }

    public void sent(long id, String sender, Instant now) {
        em.createNativeQuery("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL"
                        + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, utc(now)).setParameter(2, id).setParameter(3, sender).executeUpdate();
    }

    /**
     * An attempt failed: the mail waits for its next attempt after the backoff, or, when this was the last
     * allowed attempt, is given up as {@code FAILED}. The reason is kept either way.
     */
    public void attemptFailed(Claimed mail, String sender, String reason, int maxAttempts, Instant now) {
        int attempts = mail.attempts() + 1;
        String kept = cut(reason);
        if (attempts >= maxAttempts) {
            em.createNativeQuery("UPDATE mail_outbox SET status = 'FAILED', attempts = ?, last_error = ?, claimed_by = NULL"
                            + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                    .setParameter(1, attempts).setParameter(2, kept).setParameter(3, mail.id()).setParameter(4, sender)
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE mail_outbox SET status = 'QUEUED', attempts = ?, last_error = ?, claimed_by = NULL,"
                            + " next_attempt_at = ? WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                    .setParameter(1, attempts).setParameter(2, kept)
                    .setParameter(3, utc(now.plus(MailBackoff.after(attempts))))
                    .setParameter(4, mail.id()).setParameter(5, sender).executeUpdate();
        }
    }

    /**
     * The SMTP server could not be reached while {@code probed} was being sent ({@link SmtpOutage}): nothing
     * left, so it and the {@code untried} rest of the batch go back to {@code QUEUED} as they were — no
     * attempt spent, still due, sent at the first run that reaches the server. The probed mail keeps the
     * reason, which the outbox page shows.
     */
    public void serverUnreachable(Claimed probed, List<Claimed> untried, String sender, String reason) {
        em.createNativeQuery("UPDATE mail_outbox SET status = 'QUEUED', claimed_by = NULL, last_error = ?"
                        + " WHERE id = ? AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, cut(reason)).setParameter(2, probed.id()).setParameter(3, sender).executeUpdate();
        if (untried.isEmpty()) {
            return;
        }
        String in = untried.stream().map(m -> Long.toString(m.id())).collect(Collectors.joining(","));
        em.createNativeQuery("UPDATE mail_outbox SET status = 'QUEUED', claimed_by = NULL WHERE id IN (" + in
                        + ") AND status = 'SENDING' AND claimed_by = ?")
                .setParameter(1, sender).executeUpdate();
    }

    /**
     * Mails a sender claimed and never marked (its node stopped while sending) may or may not have reached
     * the server. They are not sent again, which could send them twice; they become {@code FAILED} with that
     * reason, so an administrator sees them in the outbox.
     */
    public int giveUpInterrupted(Instant now, Duration after) {
        return em.createNativeQuery("UPDATE mail_outbox SET status = 'FAILED', claimed_by = NULL, last_error ="
                        + " 'interrupted while sending (the sending node stopped); not sent again to avoid a duplicate'"
                        + " WHERE status = 'SENDING' AND claimed_at < ?")
                .setParameter(1, utc(now.minus(after))).executeUpdate();
    }

    /**
     * Mails waiting to be sent, for the message of a run that sends none. In a transaction of its own like
     * everything here: it is called on a job's thread, where no transaction surrounds it.
     */
    public long queued() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM mail_outbox WHERE status = 'QUEUED'")
                .getSingleResult()).longValue();
    }

    /** A reason as {@code last_error} keeps it. */
    private static String cut(String reason) {
        return reason == null ? "unknown" : reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
