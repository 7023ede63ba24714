package org.pilotops.reminder.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.reminder.boundary.NotificationService;

/**
 * The bell in the portal's header: how many of the user's notifications are unread. Asked once per page
 * (one indexed count), so the number is as fresh as the page.
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    CurrentActor current;

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = current.signedIn() ? notifications.unreadCount(current.get()) : 0L;
        }
        return unread;
    }

    /** Counts again when next asked: the user just read some, in this very request. */
    void recount() {
        unread = null;
    }
}
