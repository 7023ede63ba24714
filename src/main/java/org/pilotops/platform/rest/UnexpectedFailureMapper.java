package org.pilotops.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pilotops.platform.persistence.DeadlockRetry;
import org.pilotops.platform.problem.ContendedException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;

/**
 * Everything else. JAX-RS's own refusals (unknown path, wrong method, unsupported media type) keep their
 * status, a 415 naming the {@code Content-Type} header; anything unexpected is logged with an incident id
 * and answered 500 with only that id, never with the exception's class or text.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        PilotOpsException refusal = causeOfType(failure, PilotOpsException.class);
        if (refusal == null && DeadlockRetry.lockConflict(failure)) {
            // Another writer held what this request needed, where no @RetriedOnDeadlock boundary turned it
            // into the refusal: the same answer.
            refusal = new ContendedException();
        }
        if (refusal != null) {
            return PilotOpsExceptionMapper.answer(headers, refusal);
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() == 415) {
            // The method declares what it consumes and the body is none of it; say so like the
            // cross-site filter does, naming the header.
            String sent = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            return Problems.problem(headers, 415, Problems.UNSUPPORTED_CONTENT_TYPE,
                    "problem." + Problems.UNSUPPORTED_CONTENT_TYPE + ".detail", List.of(),
                    List.of(Violation.of(HttpHeaders.CONTENT_TYPE, "header.content-type.not-accepted",
                            sent == null ? "" : sent.strip())));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return Problems.problem(headers, status, "http-" + status, "problem.http-" + status + ".detail",
                    List.of(), List.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return Problems.problem(headers, 500, "internal", "problem.internal.detail", List.of(incident), List.of());
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
