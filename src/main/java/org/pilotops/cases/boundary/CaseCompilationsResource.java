package org.pilotops.cases.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.Downloads;
import org.pilotops.platform.rest.Problems;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code GET /api/v1/case-compilations/{year}?format=pdf|docx} (national reviewers, SPEC §9): the year's
 * selected typical cases compiled into one document, grouped by content area and then city, in the
 * caller's language — the same file the compilation page's buttons give.
 */
@Tag(name = "Typical cases")
@Path("case-compilations/{year}")
public class CaseCompilationsResource {

    @Inject
    CaseCompilation service;

    @Inject
    CurrentActor actor;

    @GET
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/problem+json"})
    @Operation(operationId = "getCaseCompilation",
            summary = "Download the year's selected cases compiled as PDF or DOCX (national reviewers)")
    @APIResponse(responseCode = "200", description = "The compilation in the `Accept-Language`, as an attachment")
    @APIResponse(responseCode = "400", description = "`format` missing or neither pdf nor docx")
    @APIResponse(responseCode = "403", description = "Not a national reviewer")
    @APIResponse(responseCode = "404", description = "Not a reporting year")
    public Response compilation(@PathParam("year") int year, @QueryParam("format") String format,
                                @Context HttpHeaders headers) {
        if (format == null) {
            throw new InvalidInputException(Violation.of("format", "field.required"));
        }
        return Downloads.attachment(service.compilation(actor.get(), year, FileFormat.named(format),
                Problems.localeOf(headers)));
    }
}
