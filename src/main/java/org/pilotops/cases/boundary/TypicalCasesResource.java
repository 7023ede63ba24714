package org.pilotops.cases.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.rest.QueryParams;
import org.pilotops.platform.rest.Upload;
import org.pilotops.platform.review.ReviewComment;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cases}: the year's cases across the cities the caller sees ({@code ?year=&status=}), one
 * case ({@code GET | PUT | DELETE /{id}}, a change with the {@code version} read: in the body for
 * {@code PUT}, as {@code ?version=} for {@code DELETE}), its review steps
 * ({@code POST /{id}/submit | select | return} with {@code {"comment": …}}, required for return) and its
 * attachments: {@code POST /{id}/attachments} takes the file as the raw body (any {@code Content-Type}: the
 * content decides) with its name in {@code ?filename=} or a {@code Content-Disposition} header, the same way
 * record imports take a file; {@code GET | DELETE /{id}/attachments/{attachmentId}}.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
public class TypicalCasesResource {

    /** The year asked for when a list names none: the year of the compilation. */
    static final int DEFAULT_YEAR = 2020;

    @Inject
    TypicalCaseService service;

    @Inject
    CaseReview review;

    @Inject
    CaseAttachments attachments;

    @Inject
    CurrentActor actor;

    @GET
    public JsonArray ofYear(@QueryParam("year") String year, @QueryParam("status") String status) {
        Integer asked = QueryParams.optionalInt("year", year);
        return CaseJson.lines(service.casesOfYear(actor.get(), asked == null ? DEFAULT_YEAR : asked,
                CaseParameters.status(status)));
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") long id) {
        return CaseJson.view(service.find(actor.get(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject save(@PathParam("id") long id, InputStream body) {
        JsonObject json = JsonBodies.readObject(body);
        return CaseJson.view(service.save(actor.get(), id, CaseJson.draft(json), CaseJson.version(json)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version) {
        service.delete(actor.get(), id, QueryParams.optionalLong("version", version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    public JsonObject submit(@PathParam("id") long id, InputStream body) {
        return CaseJson.view(review.submit(actor.get(), id, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("{id}/select")
    public JsonObject select(@PathParam("id") long id, InputStream body) {
        return CaseJson.view(review.select(actor.get(), id, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("{id}/return")
    public JsonObject returnToCity(@PathParam("id") long id, InputStream body) {
        return CaseJson.view(review.returnToCity(actor.get(), id, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, InputStream body, @QueryParam("filename") String fileName,
                           @HeaderParam("Content-Disposition") String disposition, @Context UriInfo uri) {
        String name = CaseParameters.fileName(fileName, disposition);
        CaseAttachments.AttachmentView attached;
        try (Upload upload = CaseAttachments.spool(body)) {
            attached = attachments.attach(actor.get(), id, name, upload);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(attached.id())).build())
                .entity(CaseJson.attachment(id, attached)).build();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        CaseAttachments.AttachmentContent content = attachments.attachment(actor.get(), id, attachmentId);
        StreamingOutput body = content.body()::writeTo;
        return Response.ok(body, content.mediaType())
                .header("Content-Disposition", CaseParameters.attachment(content.fileName()))
                .header("Content-Length", content.size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}/attachments/{attachmentId}")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.detach(actor.get(), id, attachmentId);
        return Response.noContent().build();
    }
}
