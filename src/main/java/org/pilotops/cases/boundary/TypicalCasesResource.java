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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Typical cases")
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
    @Operation(operationId = "listCases",
            summary = "List the year's typical cases across the cities the caller sees, latest submissions first")
    @APIResponse(responseCode = "200", description = "The cases")
    @APIResponse(responseCode = "400", description = "`year` not a number, or an unknown `status`")
    @APIResponse(responseCode = "403", description = "Agency staff and administrators read no cases")
    public JsonArray ofYear(@QueryParam("year") String year, @QueryParam("status") String status) {
        Integer asked = QueryParams.optionalInt("year", year);
        return CaseJson.lines(service.casesOfYear(actor.get(), asked == null ? DEFAULT_YEAR : asked,
                CaseParameters.status(status)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCase",
            summary = "Read a typical case with its links, attachments, history and the caller's actions")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case, or not visible to the caller")
    public JsonObject one(@PathParam("id") long id) {
        return CaseJson.view(service.find(actor.get(), id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveCase",
            summary = "Save a draft or returned case whole, with the version read (the city's reporters)")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named (a link as `links[i].kind` "
            + "or `links[i].id`)")
    @APIResponse(responseCode = "403", description = "Not a reporter of the case's city")
    @APIResponse(responseCode = "404", description = "No such case, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "A stale `version`, or the case is not editable in its state")
    public JsonObject save(@PathParam("id") long id, InputStream body) {
        JsonObject json = JsonBodies.readObject(body);
        return CaseJson.view(service.save(actor.get(), id, CaseJson.draft(json), CaseJson.version(json)));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteCase",
            summary = "Delete a draft that was never submitted, with its attachments (the city's reporters)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "`version` is not a number")
    @APIResponse(responseCode = "403", description = "Not a reporter of the case's city")
    @APIResponse(responseCode = "404", description = "No such case, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "A stale `version`, or the case was submitted")
    public Response delete(@PathParam("id") long id, @QueryParam("version") String version) {
        service.delete(actor.get(), id, QueryParams.optionalLong("version", version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitCase",
            summary = "Submit a case to the national reviewers, every part written (the city's reporters)")
    @APIResponse(responseCode = "200", description = "The submitted case")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object with an optional `comment`")
    @APIResponse(responseCode = "403", description = "Not a reporter of the case's city")
    @APIResponse(responseCode = "404", description = "No such case, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Not in a state to submit, or parts missing, each named")
    public JsonObject submit(@PathParam("id") long id, InputStream body) {
        return CaseJson.view(review.submit(actor.get(), id, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("{id}/select")
    @Operation(operationId = "selectCase", summary = "Select a submitted case for the compilation (national reviewers)")
    @APIResponse(responseCode = "200", description = "The selected case")
    @APIResponse(responseCode = "400", description = "The body is not a JSON object with an optional `comment`")
    @APIResponse(responseCode = "403", description = "Not a national reviewer")
    @APIResponse(responseCode = "404", description = "No such case, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Not submitted")
    public JsonObject select(@PathParam("id") long id, InputStream body) {
        return CaseJson.view(review.select(actor.get(), id, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("{id}/return")
    @Operation(operationId = "returnCase",
            summary = "Return a submitted case to its city with a comment (national reviewers)")
    @APIResponse(responseCode = "200", description = "The returned case")
    @APIResponse(responseCode = "400", description = "`comment` missing")
    @APIResponse(responseCode = "403", description = "Not a national reviewer")
    @APIResponse(responseCode = "404", description = "No such case, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "Not submitted")
    public JsonObject returnToCity(@PathParam("id") long id, InputStream body) {
        return CaseJson.view(review.returnToCity(actor.get(), id, ReviewComment.fromBody(body)));
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "attachToCase",
            summary = "Attach a PDF, DOCX, XLSX, JPEG or PNG file of at most 20 MB (the city's reporters)")
    @APIResponse(responseCode = "201", description = "Attached; `Location` names the attachment")
    @APIResponse(responseCode = "400", description = "No file name, or an empty file")
    @APIResponse(responseCode = "403", description = "Not a reporter of the case's city")
    @APIResponse(responseCode = "404", description = "No such case, or not visible to the caller")
    @APIResponse(responseCode = "409", description = "The case is not editable, or already has 10 attachments")
    @APIResponse(responseCode = "413", description = "More than 20 MB")
    @APIResponse(responseCode = "415", description = "Not an intact PDF, DOCX, XLSX, JPEG or PNG")
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
    @Operation(operationId = "downloadCaseAttachment", summary = "Download an attachment (whoever sees the case)")
    @APIResponse(responseCode = "200", description = "The file with its stored type, as an attachment")
    @APIResponse(responseCode = "404", description = "No such attachment of a case visible to the caller")
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
    @Operation(operationId = "deleteCaseAttachment",
            summary = "Remove an attachment while the case can be edited (the city's reporters)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = "Not a reporter of the case's city")
    @APIResponse(responseCode = "404", description = "No such attachment of a case visible to the caller")
    @APIResponse(responseCode = "409", description = "The case is not editable in its state")
    public Response detach(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.detach(actor.get(), id, attachmentId);
        return Response.noContent().build();
    }
}
