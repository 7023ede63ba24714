package org.pilotops.cases.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.rest.QueryParams;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cities/{cityId}/cases}: a city's typical cases ({@code ?year=} optional), newest first,
 * and a new draft ({@code POST}, 201 with {@code Location: /api/v1/cases/{id}}). A class of its own: JAX-RS
 * picks the root resource with the most literal characters, so this path must not be left to
 * {@code cities/{cityId}/{kind}}.
 */
@Tag(name = "Typical cases")
@Path("cities/{cityId}/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CityCasesResource {

    @Inject
    TypicalCaseService service;

    @Inject
    CurrentActor actor;

    @PathParam("cityId")
    long cityId;

    @GET
    @Operation(operationId = "listCityCases", summary = "List a city's typical cases the caller sees, newest first")
    @APIResponse(responseCode = "200", description = "The cases")
    @APIResponse(responseCode = "400", description = "`year` is not a number")
    @APIResponse(responseCode = "403", description = "Agency staff and administrators read no cases")
    @APIResponse(responseCode = "404", description = "No such city, or not visible to the caller")
    public JsonArray list(@QueryParam("year") String year) {
        return CaseJson.lines(service.cases(actor.get(), cityId, QueryParams.optionalInt("year", year)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCase", summary = "Start a draft typical case (the city's reporters)")
    @APIResponse(responseCode = "201", description = "Started; `Location` names the case under /api/v1/cases")
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named")
    @APIResponse(responseCode = "403", description = "Not a reporter of the city")
    @APIResponse(responseCode = "404", description = "No such city, or not visible to the caller")
    public Response create(InputStream body, @Context UriInfo uri) {
        TypicalCaseService.CaseView created = service.create(actor.get(), cityId,
                CaseJson.draft(JsonBodies.readObject(body)));
        return Response.created(uri.getBaseUriBuilder().path("cases").path(created.typicalCase().getId().toString()).build())
                .entity(CaseJson.view(created)).build();
    }
}
