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
import org.pilotops.platform.rest.QueryParams;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cities/{cityId}/cases}: a city's typical cases ({@code ?year=} optional), newest first,
 * and a new draft ({@code POST}, 201 with {@code Location: /api/v1/cases/{id}}). A class of its own: JAX-RS
 * picks the root resource with the most literal characters, so this path must not be left to
 * {@code cities/{cityId}/{kind}}.
 */
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
    public JsonArray list(@QueryParam("year") String year) {
        return CaseJson.lines(service.cases(actor.get(), cityId, QueryParams.optionalInt("year", year)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body, @Context UriInfo uri) {
        TypicalCaseService.CaseView created = service.create(actor.get(), cityId,
                CaseJson.draft(JsonBodies.readObject(body)));
        return Response.created(uri.getBaseUriBuilder().path("cases").path(created.typicalCase().getId().toString()).build())
                .entity(CaseJson.view(created)).build();
    }
}
