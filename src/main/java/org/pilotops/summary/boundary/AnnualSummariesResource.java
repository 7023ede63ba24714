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
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.rest.Downloads;
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
    public JsonObject saveDraft(InputStream body) {
        JsonObject json = JsonBodies.readObject(body);
        return SummaryJson.summary(service.saveDraft(actor.get(), cityId, year, SummaryJson.draft(json),
                SummaryJson.version(json)));
    }

    @POST
    @Path("submit")
    public JsonObject submit(InputStream body) {
        return SummaryJson.summary(service.submit(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("endorse")
    public JsonObject endorse(InputStream body) {
        return SummaryJson.summary(service.endorse(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("return")
    public JsonObject returnToCity(InputStream body) {
        return SummaryJson.summary(service.returnToCity(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("accept")
    public JsonObject accept(InputStream body) {
        return SummaryJson.summary(service.accept(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("reopen")
    public JsonObject reopen(InputStream body) {
        return SummaryJson.summary(service.reopen(actor.get(), cityId, year, ReviewComment.fromBody(body)));
    }
}
