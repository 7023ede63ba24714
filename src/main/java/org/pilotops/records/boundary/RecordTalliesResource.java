package org.pilotops.records.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/record-tallies} (administrators): {@code GET check} recounts the live aggregates from the
 * records and lists every difference ({@code consistent: true} when none); {@code POST rebuild} replaces
 * them by the recount and answers the check afterwards. {@code ops/check-tallies} calls the check.
 */
@Tag(name = "Dashboards", description = "Overviews of the cities one follows and the live aggregates behind them")
@Path("record-tallies")
@Produces(MediaType.APPLICATION_JSON)
public class RecordTalliesResource {

    @Inject
    RecordTallies tallies;

    @Inject
    CurrentActor actor;

    @GET
    @Path("check")
    @Operation(operationId = "checkRecordTallies",
            summary = "Recount the live aggregates from the records and list every difference (administrators)")
    @APIResponse(responseCode = "200", description = "The check: `consistent`, and the differences with the counted "
            + "and stored figures")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public JsonObject check() {
        return tallies.check(actor.get()).toJson();
    }

    @POST
    @Path("rebuild")
    @Operation(operationId = "rebuildRecordTallies",
            summary = "Replace the live aggregates by the recount, audited (administrators)")
    @APIResponse(responseCode = "200", description = "The check after the rebuild")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public JsonObject rebuild() {
        tallies.rebuild(actor.get());
        return tallies.check(actor.get()).toJson();
    }
}
