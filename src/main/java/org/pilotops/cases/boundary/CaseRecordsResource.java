package org.pilotops.cases.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cities/{cityId}/case-records}: the city's records of every kind that a case can link, the
 * newest first (at most 500), each as {@code {kind, id, year, facts}}.
 */
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
    public JsonArray choices() {
        JsonArrayBuilder choices = JsonFactory.array();
        service.recordChoices(actor.get(), cityId).forEach(c -> choices.add(CaseJson.choice(c)));
        return choices.build();
    }
}
