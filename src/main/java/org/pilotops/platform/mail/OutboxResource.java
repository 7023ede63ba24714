package org.pilotops.platform.mail;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/outbox} (administrators): {@code GET [?status=QUEUED|SENDING|SENT|FAILED]} the newest mails
 * first; {@code POST …/{id}/requeue} puts a failed mail back in the queue (409 unless it is {@code FAILED}),
 * {@code POST …/requeue} every failed one, answering {@code {requeued}}.
 */
@Tag(name = "Operations")
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    OutboxService service;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listOutbox",
            summary = "The e-mail outbox, newest first, in one status or all (administrators)")
    @APIResponse(responseCode = "200", description = "The mails",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OutboxMailDto.class)))
    @APIResponse(responseCode = "400", description = "An unknown `status`")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<OutboxMailDto> mails(@QueryParam("status") String status, @QueryParam("limit") @DefaultValue("200") int limit) {
        return service.list(actor.get(), status, limit);
    }

    @POST
    @Path("{id}/requeue")
    @Operation(operationId = "requeueMail", summary = "Put a failed mail back in the queue, due now (administrators)")
    @APIResponse(responseCode = "200", description = "The mail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutboxMailDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such mail")
    @APIResponse(responseCode = "409", description = "`outbox-state`: the mail is not FAILED")
    public OutboxMailDto requeue(@PathParam("id") long id) {
        return service.requeue(actor.get(), id);
    }

    @POST
    @Path("requeue")
    @Operation(operationId = "requeueFailedMails", summary = "Put every failed mail back in the queue (administrators)")
    @APIResponse(responseCode = "200", description = "`{requeued}`: how many")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public JsonObject requeueFailed() {
        return JsonFactory.object().add("requeued", service.requeueFailed(actor.get())).build();
    }
}
