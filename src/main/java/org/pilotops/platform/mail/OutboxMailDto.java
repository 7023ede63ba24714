package org.pilotops.platform.mail;

import java.time.Instant;

/** A mail of the outbox as administrators see it. */
public record OutboxMailDto(long id, String origin, String recipient, String subject, String body, String status,
                            int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    static OutboxMailDto of(OutboxMail m) {
        return new OutboxMailDto(m.getId(), m.getOrigin(), m.getRecipient(), m.getSubject(), m.getBody(),
                m.getStatus().name(), m.getAttempts(), m.getNextAttemptAt(), m.getLastError(), m.getCreatedAt(),
                m.getSentAt());
    }
}
