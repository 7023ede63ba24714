package org.pilotops.records.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/record-tallies} (administrators): {@code GET check} recounts the live aggregates from the
 * records and lists every difference ({@code consistent: true} when none); {@code POST rebuild} replaces
 * them by the recount and answers the check afterwards. {@code ops/check-tallies} calls the check.
 */
@Path("record-tallies")
@Produces(MediaType.APPLICATION_JSON)
public class RecordTalliesResource {

    @Inject
    RecordTallies tallies;

    @Inject
    CurrentActor actor;

    @GET
    @Path("check")
    public JsonObject check() {
        return tallies.check(actor.get()).toJson();
    }

    @POST
    @Path("rebuild")
    public JsonObject rebuild() {
        tallies.rebuild(actor.get());
        return tallies.check(actor.get()).toJson();
    }
}
