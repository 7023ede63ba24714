package org.pilotops.summary.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.rest.Downloads;
import org.pilotops.platform.rest.Problems;
import org.pilotops.platform.rest.QueryParams;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code GET /api/v1/annual-summaries?year=}: each city's summary of the year as the caller may see
 * them, with reporting and on-time rates per province and in all (SPEC §4, §9).
 */
@Tag(name = "Annual summaries")
@Path("annual-summaries")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualSummaryOverviewResource {

    @Inject
    AnnualSummaryService service;

    @Inject
    CurrentActor actor;

    /** The overview as JSON, or with {@code ?format=xlsx} as a workbook in the caller's language. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getAnnualSummaryOverview",
            summary = "The year's summaries of the cities the caller sees, with rates, as JSON or XLSX")
    @APIResponse(responseCode = "200", description = "The overview, or with `format=xlsx` the workbook")
    @APIResponse(responseCode = "400", description = "`year` missing or not a number, or an unknown `format`")
    @APIResponse(responseCode = "403", description = "Agency staff and administrators")
    public Response overview(@QueryParam("year") String year, @QueryParam("format") String format,
                             @Context HttpHeaders headers) {
        if (format == null) {
            return Response.ok(service.overview(actor.get(), QueryParams.requiredInt("year", year)).toJson(), MediaType.APPLICATION_JSON).build();
        }
        return Downloads.attachment(service.overviewDocument(actor.get(), QueryParams.requiredInt("year", year), FileFormat.named(format),
                Problems.localeOf(headers)));
    }
}
