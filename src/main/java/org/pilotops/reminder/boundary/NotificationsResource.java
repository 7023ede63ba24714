package org.pilotops.reminder.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/notifications[?unread=true]}: {@code {items, unread}}, the caller's own notifications
 * (newest first, at most {@value NotificationService#LIMIT}) and how many are unread;
 * {@code POST …/{id}/read} marks one read, {@code POST …/read} all of them.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    NotificationService service;

    @Inject
    CurrentActor actor;

    /** The caller's notifications and the unread count. */
    public record NotificationList(java.util.List<NotificationDto> items, long unread) {
    }

    @GET
    public NotificationList list(@QueryParam("unread") String unread) {
        boolean unreadOnly;
        if (unread == null || unread.isBlank() || unread.equals("false")) {
            unreadOnly = false;
        } else if (unread.equals("true")) {
            unreadOnly = true;
        } else {
            throw new InvalidInputException(Violation.of("unread", "field.boolean-format", unread));
        }
        var who = actor.get();
        return new NotificationList(service.list(who, unreadOnly), service.unreadCount(who));
    }

    @POST
    @Path("{id}/read")
    public NotificationDto read(@PathParam("id") long id) {
        return service.markRead(actor.get(), id);
    }

    @POST
    @Path("read")
    public JsonObject readAll() {
        return JsonFactory.object().add("marked", service.markAllRead(actor.get())).build();
    }
}
