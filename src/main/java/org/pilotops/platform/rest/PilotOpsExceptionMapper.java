package org.pilotops.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pilotops.platform.problem.PilotOpsException;

/** A refused request, as the boundary said it. */
@Provider
public class PilotOpsExceptionMapper implements ExceptionMapper<PilotOpsException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PilotOpsException e) {
        return answer(headers, e);
    }

    /** The refusal's problem with its headers ({@code Retry-After}), however the refusal reached a mapper. */
    static Response answer(HttpHeaders headers, PilotOpsException e) {
        Response problem = Problems.problem(headers, e.status(), e.problemType(), e.detailKey(), e.detailArgs(),
                e.violations());
        if (e.headers().isEmpty()) {
            return problem;
        }
        Response.ResponseBuilder answer = Response.fromResponse(problem);
        e.headers().forEach(answer::header);
        return answer.build();
    }
}
