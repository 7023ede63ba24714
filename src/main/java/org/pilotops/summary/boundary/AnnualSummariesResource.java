package org.pilotops.summary.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.rest.Downloads;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.rest.Problems;
import org.pilotops.platform.review.ReviewComment;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cities/{cityId}/annual-summaries/{year}}: a city's annual summary of a year (SPEC §9),
 * its draft ({@code PUT}, with the {@code version} read) and the review steps
 * ({@code POST …/submit | endorse | return | accept | reopen} with {@code {"comment": …}}). A class of
 * its own: JAX-RS picks the root resource with the most literal characters, so this path must not be left
 * to {@code cities/{cityId}/{kind}}.
 */
@Tag(name = "Annual summaries", description = "Annual summaries, their review, reporting years and indicators")
@Path("cities/{cityId}/annual-summaries/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualSummariesResource {

    @Inject
    AnnualSummaryService service;

    @Inject
    CurrentActor actor;

    @PathParam("cityId")
    long cityId;

    @PathParam("year")
    int year;

    /** The summary as JSON, or with {@code ?format=pdf|xlsx} as a document in the caller's language. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/pdf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getAnnualSummary",
            summary = "Read a city's annual summary of a year, or download it as PDF or XLSX")
    @APIResponse(responseCode = "200", description = "The summary (JSON), or the document in the `Accept-Language` "
            + "as an attachment")
    @APIResponse(responseCode = "400", description = "`format` neither pdf nor xlsx")
    @APIResponse(responseCode = "404", description = "No such city or year, or not visible to the caller")
    public Response summary(@QueryParam("format") String format, @Context HttpHeaders headers) {
        if (format == null) {
            return Response.ok(SummaryJson.summary(service.find(actor.get(), cityId, year)), MediaType.APPLICATION_JSON)
                    .build();
        }
        return Downloads.attachment(service.document(actor.get(), cityId, year, FileFormat.named(format),
                Problems.localeOf(headers)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveAnnualSummary",
            summary = "Save the whole draft, with the version read (the city's reporters)")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named")
    @APIResponse(responseCode = "403", description = "Not a reporter of the city")
    @APIResponse(responseCode = "404", description = "No such city or year, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "A stale `version`, or not editable in its state")
    public JsonObject saveDraft(InputStream body) {
        JsonObject json = JsonBodies.readObject(body);
        return SummaryJson.summary(service.saveDraft(actor.get(), cityId, year, SummaryJson.draft(json),
                SummaryJson.version(json)));
    }

    @POST
    @Path("submit")
    @Operation(operationId = "submitAnnualSummary",
            summary = "Submit the summary, freezing its indicators (the city's reporters)")
    @APIResponse(responseCode = "200", description = "The submitted summary")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object with an optional `comment`")
    @APIResponse(responseCode = "403", description = "Not a reporter of the city")
    @APIResponse(responseCode = "404", description = "No such city or year, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "`summary-state`: not in a state to submit, or sections missing")
    public JsonObject submit(InputStream body) {
        return SummaryJson.summary(service.submit(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("endorse")
    @Operation(operationId = "endorseAnnualSummary", summary = "Endorse a submitted summary (the province's reviewers)")
    @APIResponse(responseCode = "200", description = "The endorsed summary")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object with an optional `comment`")
    @APIResponse(responseCode = "403", description = "Not a reviewer of the city's province")
    @APIResponse(responseCode = "404", description = "No such city or year, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "`summary-state`: not submitted")
    public JsonObject endorse(InputStream body) {
        return SummaryJson.summary(service.endorse(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("return")
    @Operation(operationId = "returnAnnualSummary",
            summary = "Return a summary to the city with a comment (province or national reviewers)")
    @APIResponse(responseCode = "200", description = "The returned summary")
    @APIResponse(responseCode = "400", description = "`comment` missing")
    @APIResponse(responseCode = "403", description = "Not a reviewer whose step it is")
    @APIResponse(responseCode = "404", description = "No such city or year, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "`summary-state`: not in a state to return")
    public JsonObject returnToCity(InputStream body) {
        return SummaryJson.summary(service.returnToCity(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("accept")
    @Operation(operationId = "acceptAnnualSummary",
            summary = "Accept a summary, locking the city's records of the year (national reviewers)")
    @APIResponse(responseCode = "200", description = "The accepted summary")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object with an optional `comment`")
    @APIResponse(responseCode = "403", description = "Not a national reviewer")
    @APIResponse(responseCode = "404", description = "No such city or year")
    @APIResponse(responseCode = "409", description = "`summary-state`: not in a state to accept")
    public JsonObject accept(InputStream body) {
        return SummaryJson.summary(service.accept(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("reopen")
    @Operation(operationId = "reopenAnnualSummary",
            summary = "Reopen an accepted summary with a reason, unlocking the year (national reviewers)")
    @APIResponse(responseCode = "200", description = "The summary, a draft again")
    @APIResponse(responseCode = "400", description = "`comment` missing")
    @APIResponse(responseCode = "403", description = "Not a national reviewer")
    @APIResponse(responseCode = "404", description = "No such city or year")
    @APIResponse(responseCode = "409", description = "`summary-state`: not accepted")
    public JsonObject reopen(InputStream body) {
        return SummaryJson.summary(service.reopen(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }
}
