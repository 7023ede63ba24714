package org.pilotops.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail in the outbox. Written in the transaction that decides to send it, so it exists exactly when
 * that decision was stored; sent later by {@link OutboxService}. Its {@code origin} (e.g.
 * {@code reminder:42}) is unique.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "origin", updatable = false)
    private String origin;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(String origin, String recipient, String subject, String body, Instant now) {
        this.origin = origin;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = MailStatus.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * Puts a failed mail back in the queue, once an administrator has mended what made it fail (an address,
     * the server's settings, a long outage before outages stopped spending attempts): due now, with all its
     * attempts again. Its last error goes; the audit trail keeps it.
     *
     * @throws MailNotRequeueableException unless the mail is {@code FAILED}
     */
    void requeue(Instant now) {
        if (!status.requeueable()) {
            throw new MailNotRequeueableException(status);
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
        claimedBy = null;
        claimedAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getOrigin() {
        return origin;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
