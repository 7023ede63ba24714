package org.pilotops.reminder.boundary;

import java.time.Instant;
import org.pilotops.reminder.entity.Notification;

/** A notification as its owner sees it; {@code read} once its owner marked it read. */
public record NotificationDto(long id, String title, String body, String link, Instant createdAt, boolean read,
                              Instant readAt) {

    static NotificationDto of(Notification n) {
        return new NotificationDto(n.getId(), n.getTitle(), n.getBody(), n.getLink(), n.getCreatedAt(),
                n.getReadAt() != null, n.getReadAt());
    }
}
