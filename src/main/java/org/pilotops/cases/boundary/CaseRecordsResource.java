package org.pilotops.cases.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cities/{cityId}/case-records}: the city's records of every kind that a case can link, the
 * newest first (at most 500), each as {@code {kind, id, year, facts}}.
 */
@Tag(name = "Typical cases", description = "Typical success cases of 2020: drafts, review, attachments, the "
        + "compilation")
@Path("cities/{cityId}/case-records")
@Produces(MediaType.APPLICATION_JSON)
public class CaseRecordsResource {

    @Inject
    TypicalCaseService service;

    @Inject
    CurrentActor actor;

    @PathParam("cityId")
    long cityId;

    @GET
    @Operation(operationId = "listCaseRecords",
            summary = "List the city's records of every kind that a typical case can link (the city's reporters)")
    @APIResponse(responseCode = "200", description = "At most 500 records, newest first, each as `{kind, id, year, "
            + "facts}`")
    @APIResponse(responseCode = "404", description = "No such city, or not the caller's")
    public JsonArray choices() {
        JsonArrayBuilder choices = JsonFactory.array();
        service.recordChoices(actor.get(), cityId).forEach(c -> choices.add(CaseJson.choice(c)));
        return choices.build();
    }
}
