package org.pilotops.platform.mail;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.pilotops.platform.security.CurrentActor;

/** {@code GET /api/v1/outbox[?status=QUEUED|SENDING|SENT|FAILED]} (administrators): the newest mails first. */
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
}
