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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/reporting-years}: every pilot year's due dates and whether provinces endorse
 * summaries; national reviewers change a year with {@code PUT …/{year}} carrying the {@code version} read.
 */
@Tag(name = "Annual summaries")
@Path("reporting-years")
@Produces(MediaType.APPLICATION_JSON)
public class ReportingYearsResource {

    @Inject
    AnnualSummaryService service;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listReportingYears",
            summary = "List every pilot year's due dates and whether provinces endorse (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The reporting years")
    public JsonArray years() {
        actor.get();
        JsonArrayBuilder years = JsonFactory.array();
        service.reportingYears().forEach(y -> years.add(SummaryJson.reportingYear(y)));
        return years.build();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReportingYear",
            summary = "Change a reporting year's due dates and endorsement, with the version read (national "
            + "reviewers)")
    @APIResponse(responseCode = "200", description = "The reporting year")
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named (a date outside the year "
            + "or the next)")
    @APIResponse(responseCode = "403", description = "Not a national reviewer")
    @APIResponse(responseCode = "404", description = "Not a reporting year")
    @APIResponse(responseCode = "409", description = "A stale `version`")
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
