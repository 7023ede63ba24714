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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/notifications[?unread=true]}: {@code {items, unread}}, the caller's own notifications
 * (newest first, at most {@value NotificationService#LIMIT}) and how many are unread;
 * {@code POST …/{id}/read} marks one read, {@code POST …/read} all of them.
 */
@Tag(name = "Reminders")
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
    @Operation(operationId = "listNotifications",
            summary = "The caller's own notifications, newest first, and how many are unread (every signed-in user)")
    @APIResponse(responseCode = "200", description = "At most 200 notifications and the unread count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationList.class)))
    @APIResponse(responseCode = "400", description = "`unread` neither true nor false")
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
    @Operation(operationId = "markNotificationRead",
            summary = "Mark one of the caller's notifications read (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The notification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationDto.class)))
    @APIResponse(responseCode = "404", description = "No such notification of the caller")
    public NotificationDto read(@PathParam("id") long id) {
        return service.markRead(actor.get(), id);
    }

    @POST
    @Path("read")
    @Operation(operationId = "markAllNotificationsRead",
            summary = "Mark all of the caller's notifications read (every signed-in user)")
    @APIResponse(responseCode = "200", description = "`{marked}`: how many were unread")
    public JsonObject readAll() {
        return JsonFactory.object().add("marked", service.markAllRead(actor.get())).build();
    }
}
