package org.pilotops.platform.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /**
     * Waiting to be sent (again) at its next attempt time; also while no SMTP server is configured or the
     * server cannot be reached, which spends no attempt.
     */
    QUEUED,
    /** Claimed by one sender, which is talking to the SMTP server now. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /**
     * Given up after the last attempt, or interrupted while sending; the reason is kept. Never sent again
     * unless an administrator puts it back in the queue.
     */
    FAILED;

    /**
     * Whether an administrator may put the mail back in the queue: only a failed one. A queued or sending
     * mail is on its way already, a sent one would arrive twice.
     */
    public boolean requeueable() {
        return this == FAILED;
    }
}
