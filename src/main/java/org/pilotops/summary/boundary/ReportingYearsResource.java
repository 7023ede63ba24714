package org.pilotops.summary.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/reporting-years}: every pilot year's due dates and whether provinces endorse
 * summaries; national reviewers change a year with {@code PUT …/{year}} carrying the {@code version} read.
 */
@Path("reporting-years")
@Produces(MediaType.APPLICATION_JSON)
public class ReportingYearsResource {

    @Inject
    AnnualSummaryService service;

    @Inject
    CurrentActor actor;

    @GET
    public JsonArray years() {
        actor.get();
        JsonArrayBuilder years = JsonFactory.array();
        service.reportingYears().forEach(y -> years.add(SummaryJson.reportingYear(y)));
        return years.build();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("year") int year, InputStream body) {
        JsonObject json = JsonBodies.readObject(body);
        JsonValue endorsement = json.getOrDefault("provinceEndorsement", JsonValue.NULL);
        if (endorsement != JsonValue.TRUE && endorsement != JsonValue.FALSE) {
            throw new InvalidInputException(Violation.of("provinceEndorsement", "field.required"));
        }
        return SummaryJson.reportingYear(service.updateReportingYear(actor.get(), year,
                JsonBodies.date(json, "summaryDueDate"), endorsement == JsonValue.TRUE,
                JsonBodies.date(json, "caseCompilationDueDate"), SummaryJson.version(json)));
    }
}
