package org.pilotops.city.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cities/{cityId}/parks}: a city's parks with their figures per year, for every signed-in
 * user; administrators add, rename and remove parks and record their figures year by year at
 * {@code …/parks/{parkId}/years/{year}}. A class of its own: JAX-RS picks the root resource with the most
 * literal characters, so this path must not be left to {@code cities/{cityId}/{kind}}.
 */
@Tag(name = "Cities")
@Path("cities/{cityId}/parks")
@Produces(MediaType.APPLICATION_JSON)
public class ParksResource {

    private static final Set<String> PARK_FIELDS = Set.of("nameZh", "nameEn", "version");
    private static final Set<String> PARK_ANSWERED = Set.of("id", "cityId", "latestYear", "belowPatentDensityFloor");
    /** Figures are a year's, never the park's: a body carrying them would otherwise be half stored. */
    private static final Set<String> PARK_FIGURES = Set.of("inventionPatentsPer10k", "hasIpDepartment",
            "fullTimeIpStaff", "years");
    private static final Set<String> YEAR_FIELDS = Set.of("inventionPatentsPer10k", "hasIpDepartment",
            "fullTimeIpStaff", "version");
    private static final Set<String> YEAR_ANSWERED = Set.of("year", "belowPatentDensityFloor");

    @Inject
    CityDirectory directory;

    @Inject
    CityService service;

    @Inject
    CurrentActor actor;

    @PathParam("cityId")
    long cityId;

    @GET
    @Operation(operationId = "listParks",
            summary = "List a city's parks with their figures per year (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The parks, each with its years oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ParkDto.class)))
    @APIResponse(responseCode = "404", description = "No such city")
    public List<ParkDto> parks() {
        directory.city(cityId).orElseThrow(NotFoundException::new);
        return directory.parksOf(cityId);
    }

    @GET
    @Path("{parkId}")
    @Operation(operationId = "getPark", summary = "Read a park with its figures per year (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The park",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParkDto.class)))
    @APIResponse(responseCode = "404", description = "No such park in this city")
    public ParkDto park(@PathParam("parkId") long parkId) {
        return directory.park(parkId).filter(p -> p.cityId() == cityId).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPark", summary = "Add a park to a city (administrators)")
    @APIResponse(responseCode = "201", description = "Added; `Location` names the park",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParkDto.class)))
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named; figures belong to a year")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such city")
    public Response create(InputStream body, @Context UriInfo uri) {
        service.requireAdministrator(actor.get());
        ParkDto park = service.savePark(actor.get(), cityId, null, parkForm(JsonBodies.readObject(body), null));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(park.id())).build()).entity(park).build();
    }

    @PUT
    @Path("{parkId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePark", summary = "Rename a park, with the version read (administrators)")
    @APIResponse(responseCode = "200", description = "The park",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParkDto.class)))
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such park in this city")
    @APIResponse(responseCode = "409", description = "A stale `version`")
    public ParkDto update(@PathParam("parkId") long parkId, InputStream body) {
        service.requireAdministrator(actor.get());
        return service.savePark(actor.get(), cityId, parkId, parkForm(JsonBodies.readObject(body), parkId));
    }

    @DELETE
    @Path("{parkId}")
    @Operation(operationId = "deletePark", summary = "Remove a park (administrators)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "`version` is not a number")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such park in this city")
    @APIResponse(responseCode = "409", description = "A stale `version`, records name the park, or it has figures of "
            + "an accepted year")
    public Response delete(@PathParam("parkId") long parkId, @QueryParam("version") String version) {
        service.deletePark(actor.get(), cityId, parkId, version(version));
        return Response.noContent().build();
    }

    /** Adds or corrects a park's figures of one year; a correction carries the {@code version} it read. */
    @PUT
    @Path("{parkId}/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putParkYear",
            summary = "Add or correct a park's figures of one pilot year (administrators)")
    @APIResponse(responseCode = "200", description = "The park with its years",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParkDto.class)))
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named, or a year outside the "
            + "pilot period")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such park in this city")
    @APIResponse(responseCode = "409", description = "A stale `version`, or the year's summary is accepted")
    public ParkDto figures(@PathParam("parkId") long parkId, @PathParam("year") int year, InputStream body) {
        service.requireAdministrator(actor.get());
        JsonForm json = JsonForm.of(JsonBodies.readObject(body), YEAR_FIELDS, YEAR_ANSWERED)
                .sameAs("year", year, "park.inconsistent-year");
        return service.saveFigures(actor.get(), cityId, parkId, year, new CityService.FiguresForm(
                json.decimal("inventionPatentsPer10k"), json.yesNo("hasIpDepartment"), json.integer("fullTimeIpStaff"),
                json.version(), json.unreadable()));
    }

    @DELETE
    @Path("{parkId}/years/{year}")
    @Operation(operationId = "deleteParkYear", summary = "Remove a park's figures of one year (administrators)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "`version` is not a number")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such park, or no figures of that year")
    @APIResponse(responseCode = "409", description = "A stale `version`, or the year's summary is accepted")
    public Response deleteFigures(@PathParam("parkId") long parkId, @PathParam("year") int year,
                                  @QueryParam("version") String version) {
        service.deleteFigures(actor.get(), cityId, parkId, year, version(version));
        return Response.noContent().build();
    }

    private CityService.ParkForm parkForm(jakarta.json.JsonObject body, Long parkId) {
        JsonForm json = JsonForm.of(body, PARK_FIELDS, PARK_ANSWERED, "park.figures-per-year", PARK_FIGURES)
                .sameAs("cityId", cityId, "field.inconsistent-city");
        if (parkId != null) {
            json.sameAs("id", parkId, "field.inconsistent-id");
        }
        return new CityService.ParkForm(json.text("nameZh"), json.text("nameEn"), json.version(), json.unreadable());
    }

    private static Long version(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of("version", "query.not-a-number", text));
        }
    }
}
