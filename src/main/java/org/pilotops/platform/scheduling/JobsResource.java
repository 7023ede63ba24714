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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/jobs} (administrators): the scheduled jobs, a job's run history
 * ({@code GET …/{name}/runs[?limit=50]}, newest first), pause, resume, and run now with an optional
 * {@code {"asOf": "YYYY-MM-DD"}}. A run is handed to Quartz and answers 202 at once; its outcome appears
 * as the job's last run.
 */
@Tag(name = "Operations", description = "Scheduled jobs and the e-mail outbox (administrators)")
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    JobService service;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listJobs",
            summary = "List the scheduled jobs with their last run on any node (administrators)")
    @APIResponse(responseCode = "200", description = "The jobs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = JobDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<JobDto> jobs() {
        return service.list(actor.get());
    }

    @GET
    @Path("{name}")
    @Operation(operationId = "getJob", summary = "Read a scheduled job (administrators)")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such job")
    public JobDto job(@PathParam("name") String name) {
        return service.job(actor.get(), name);
    }

    @GET
    @Path("{name}/runs")
    @Operation(operationId = "listJobRuns", summary = "A job's latest runs on any node, newest first (administrators)")
    @APIResponse(responseCode = "200", description = "At most `limit` runs (500 at most)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = JobRunDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such job")
    public List<JobRunDto> runs(@PathParam("name") String name, @QueryParam("limit") @DefaultValue("50") int limit) {
        return service.runs(actor.get(), name, limit);
    }

    @POST
    @Path("{name}/pause")
    @Operation(operationId = "pauseJob", summary = "Pause a job's trigger on every node (administrators)")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such job")
    public JobDto pause(@PathParam("name") String name) {
        return service.pause(actor.get(), name);
    }

    @POST
    @Path("{name}/resume")
    @Operation(operationId = "resumeJob", summary = "Resume a paused job's trigger (administrators)")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobDto.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such job")
    public JobDto resume(@PathParam("name") String name) {
        return service.resume(actor.get(), name);
    }

    @POST
    @Path("{name}/run")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(operationId = "runJob",
            summary = "Run a job once now; ReminderJob takes an optional `asOf` date (administrators)")
    @APIResponse(responseCode = "202", description = "Handed to the scheduler; the outcome appears as the job's last "
            + "run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = JobDto.class)))
    @APIResponse(responseCode = "400", description = "`asOf` not a date, or after today")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such job")
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
