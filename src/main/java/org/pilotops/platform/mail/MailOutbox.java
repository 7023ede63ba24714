package org.pilotops.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Where features put the e-mails they decide to send: inside their own transaction, so a mail is queued
 * exactly when the decision is stored, and never otherwise. The outbox job sends it later.
 */
@ApplicationScoped
public class MailOutbox {

    /** Longest subject the outbox keeps (longer ones are cut). */
    static final int SUBJECT_MAX = 250;

    @PersistenceContext
    EntityManager em;

    /**
     * Queues a mail.
     *
     * @param origin what the mail is for, unique (e.g. {@code reminder:42}); null when nothing else names it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String origin, String recipient, String subject, String body) {
        String cut = subject.length() <= SUBJECT_MAX ? subject : subject.substring(0, SUBJECT_MAX);
        em.persist(new OutboxMail(origin, recipient, cut, body, Instant.now()));
    }
}
