package org.pilotops.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.scheduling.JobScheduler;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;

/**
 * Sends the outbox (SPEC §7): claims due mails, sends each through {@link SmtpTransport}, and marks it
 * sent, queued again after a backoff, or failed after the last attempt. Without an SMTP server nothing is
 * claimed and every mail stays queued. Administrators read the outbox and put failed mails back in the
 * queue.
 */
@ApplicationScoped
public class OutboxService {

    /** Mails one run claims at a time. */
    static final int BATCH = 50;
    /** A claim older than this whose sender never came back is given up (see {@link OutboxClaims#giveUpInterrupted}). */
    static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(15);

    /** How a run and a waiting mail say that the server could not be reached. */
    static final String UNREACHABLE = "SMTP server unreachable";

    /** Audit subject of a mail put back in the queue. */
    static final String SUBJECT = "outbox-mail";

    private static final Logger LOG = Logger.getLogger(OutboxService.class.getName());

    @Inject
    OutboxClaims claims;

    @Inject
    SmtpTransport transport;

    @Inject
    MailSettings settings;

    @Inject
    AuditLog auditLog;

    @PersistenceContext
    EntityManager em;

    private final String sender = JobScheduler.nodeName();

    /**
     * Sends what is due; answers one line for the job-run history. A mail the server turns down spends an
     * attempt; a server that cannot be reached ({@link SmtpOutage}) spends none and ends the run at once,
     * the batch back in the queue: with the server down every mail would otherwise wait out its own
     * connect time-out, and spend its attempts until it was given up, for a fault that was not its own.
     */
    public String sendDue() {
        if (!settings.configured()) {
            return "no SMTP server configured (pilotops.mail.host): " + claims.queued() + " mails stay queued";
        }
        int interrupted = claims.giveUpInterrupted(Instant.now(), INTERRUPTED_AFTER);
        int sent = 0;
        int retried = 0;
        int failed = 0;
        String outage = null;
        List<OutboxClaims.Claimed> batch;
        do {
            batch = claims.claim(sender, BATCH, Instant.now());
            for (int i = 0; i < batch.size(); i++) {
                OutboxClaims.Claimed mail = batch.get(i);
                try {
                    transport.send(mail.id(), mail.recipient(), mail.subject(), mail.body());
                    claims.sent(mail.id(), sender, Instant.now());
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                    if (SmtpOutage.isOutage(e)) {
                        outage = reason;
                        claims.serverUnreachable(mail, batch.subList(i + 1, batch.size()), sender,
                                UNREACHABLE + " (no attempt spent): " + reason);
                        LOG.warning(() -> UNREACHABLE + ", the outbox waits for it: " + reason);
                        break;
                    }
                    claims.attemptFailed(mail, sender, reason, settings.maxAttempts(), Instant.now());
                    if (mail.attempts() + 1 >= settings.maxAttempts()) {
                        failed++;
                    } else {
                        retried++;
                    }
                    LOG.warning(() -> "Mail " + mail.id() + " to " + mail.recipient() + " not sent: " + reason);
                }
            }
        } while (outage == null && batch.size() == BATCH && retried + failed == 0);
        String counts = "sent " + sent + ", to retry " + retried + ", failed " + failed
                + (interrupted > 0 ? ", interrupted earlier " + interrupted : "");
        return outage == null ? counts
                : UNREACHABLE + " (" + outage + "): " + counts + ", " + claims.queued() + " mails stay queued";
    }

    /** The outbox for administrators, newest first, optionally one status only; at most {@code limit} mails. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxMailDto> list(Actor actor, String status, int limit) {
        requireAdmin(actor);
        MailStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = MailStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Violation.of("status", "field.unknown-value", status,
                        "QUEUED, SENDING, SENT, FAILED"));
            }
        }
        var query = wanted == null
                ? em.createQuery("select m from OutboxMail m order by m.id desc", OutboxMail.class)
                : em.createQuery("select m from OutboxMail m where m.status = :status order by m.id desc", OutboxMail.class)
                        .setParameter("status", wanted);
        return query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList().stream()
                .map(OutboxMailDto::of).toList();
    }

    /** Puts one failed mail back in the queue (see {@link OutboxMail#requeue}); audited. */
    @Transactional
    public OutboxMailDto requeue(Actor actor, long id) {
        requireAdmin(actor);
        OutboxMail mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new NotFoundException();
        }
        requeue(actor, mail, Instant.now());
        return OutboxMailDto.of(mail);
    }

    /** Puts every failed mail back in the queue, each audited; answers how many. */
    @Transactional
    public int requeueFailed(Actor actor) {
        requireAdmin(actor);
        List<OutboxMail> failed = em.createQuery("select m from OutboxMail m where m.status = :failed order by m.id",
                        OutboxMail.class)
                .setParameter("failed", MailStatus.FAILED).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = Instant.now();
        for (OutboxMail mail : failed) {
            requeue(actor, mail, now);
        }
        return failed.size();
    }

    private void requeue(Actor actor, OutboxMail mail, Instant now) {
        JsonObject before = state(mail);
        mail.requeue(now);
        auditLog.record(AuditEntry.change(actor.username(), AuditEntry.Action.UPDATE, null, SUBJECT, mail.getId(), null,
                before, state(mail)));
    }

    private static JsonObject state(OutboxMail mail) {
        var json = JsonFactory.object().add("status", mail.getStatus().name()).add("attempts", mail.getAttempts())
                .add("nextAttemptAt", mail.getNextAttemptAt().toString());
        if (mail.getLastError() == null) {
            json.addNull("lastError");
        } else {
            json.add("lastError", mail.getLastError());
        }
        return json.build();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.outbox");
        }
    }
}
