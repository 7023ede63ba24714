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
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/outbox} (administrators): {@code GET [?status=QUEUED|SENDING|SENT|FAILED]} the newest mails
 * first; {@code POST …/{id}/requeue} puts a failed mail back in the queue (409 unless it is {@code FAILED}),
 * {@code POST …/requeue} every failed one, answering {@code {requeued}}.
 */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    OutboxService service;

    @Inject
    CurrentActor actor;

    @GET
    public List<OutboxMailDto> mails(@QueryParam("status") String status, @QueryParam("limit") @DefaultValue("200") int limit) {
        return service.list(actor.get(), status, limit);
    }

    @POST
    @Path("{id}/requeue")
    public OutboxMailDto requeue(@PathParam("id") long id) {
        return service.requeue(actor.get(), id);
    }

    @POST
    @Path("requeue")
    public JsonObject requeueFailed() {
        return JsonFactory.object().add("requeued", service.requeueFailed(actor.get())).build();
    }
}
