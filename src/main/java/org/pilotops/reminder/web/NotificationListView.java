package org.pilotops.reminder.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.platform.web.PageMessages;
import org.pilotops.reminder.boundary.NotificationDto;
import org.pilotops.reminder.boundary.NotificationService;

/**
 * {@code notifications/list.xhtml[?unread=true]}: the user's own notifications, newest first — what is due
 * and a link to the page that needs action. Opening one's page marks it read; so does the button.
 */
@Named
@ViewScoped
public class NotificationListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentActor current;

    @Inject
    PageMessages messages;

    @Inject
    NotificationBell bell;

    private boolean unreadOnly;
    private List<NotificationDto> items;

    public void load() {
        items = notifications.list(current.get(), unreadOnly);
    }

    public void markRead(NotificationDto notification) {
        notifications.markRead(current.get(), notification.id());
        bell.recount();
        load();
    }

    /** Marks the notification read and opens the page it names, relative to the portal. */
    public String open(NotificationDto notification) {
        notifications.markRead(current.get(), notification.id());
        return "/" + notification.link() + (notification.link().contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    public void markAllRead() {
        int marked = notifications.markAllRead(current.get());
        messages.info("notifications.marked", marked);
        bell.recount();
        load();
    }

    public String at(NotificationDto notification) {
        return ApplicationClock.MINUTE.format(notification.createdAt());
    }

    public List<NotificationDto> getItems() {
        return items;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
