package org.pilotops.platform.scheduling;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/jobs} (administrators): the scheduled jobs, a job's run history
 * ({@code GET …/{name}/runs[?limit=50]}, newest first), pause, resume, and run now with an optional
 * {@code {"asOf": "YYYY-MM-DD"}}. A run is handed to Quartz and answers 202 at once; its outcome appears
 * as the job's last run.
 */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    JobService service;

    @Inject
    CurrentActor actor;

    @GET
    public List<JobDto> jobs() {
        return service.list(actor.get());
    }

    @GET
    @Path("{name}")
    public JobDto job(@PathParam("name") String name) {
        return service.job(actor.get(), name);
    }

    @GET
    @Path("{name}/runs")
    public List<JobRunDto> runs(@PathParam("name") String name, @QueryParam("limit") @DefaultValue("50") int limit) {
        return service.runs(actor.get(), name, limit);
    }

    @POST
    @Path("{name}/pause")
    public JobDto pause(@PathParam("name") String name) {
        return service.pause(actor.get(), name);
    }

    @POST
    @Path("{name}/resume")
    public JobDto resume(@PathParam("name") String name) {
        return service.resume(actor.get(), name);
    }

    @POST
    @Path("{name}/run")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response run(@PathParam("name") String name, InputStream body) {
        var who = actor.get();
        LocalDate asOf = asOf(body);
        return Response.accepted(service.run(who, name, asOf)).build();
    }

    private static LocalDate asOf(InputStream body) {
        JsonObject json;
        try {
            json = JsonBodies.readObject(body);
        } catch (InvalidInputException e) {
            if (e.violations().size() == 1 && "json.empty".equals(e.violations().get(0).key())) {
                return null;
            }
            throw e;
        }
        return JsonBodies.date(json, JobService.AS_OF);
    }
}
