package org.pilotops.city.boundary;

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
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.rest.QueryParams;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cities}: the pilot cities, public reference data for every signed-in user, with their
 * compliance flags judged on each park's latest year or, with {@code ?year=}, on that year's figures.
 * Administrators register ({@code POST}) and correct ({@code PUT}, with the {@code version} read) them.
 */
@Tag(name = "Cities")
@Path("cities")
@Produces(MediaType.APPLICATION_JSON)
public class CitiesResource {

    private static final Set<String> FIELDS = Set.of("divisionCode", "nameZh", "nameEn", "provinceId", "level",
            "batch", "pilotStartYear", "pilotEndYear", "status", "version");
    /** What the API answers and the administrator cannot set: demo data is made by the demo seed only. */
    private static final Set<String> ANSWERED = Set.of("id", "demo", "complianceFlags");

    @Inject
    CityDirectory directory;

    @Inject
    CityService service;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listCities",
            summary = "List the pilot cities with their compliance flags (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The pilot cities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CityDto.class)))
    @APIResponse(responseCode = "400", description = "`year` is not a number")
    public List<CityDto> cities(@QueryParam("year") String year) {
        return directory.cities(QueryParams.optionalInt("year", year));
    }

    @GET
    @Path("{cityId}")
    @Operation(operationId = "getCity", summary = "Read a pilot city with its compliance flags (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The city",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CityDto.class)))
    @APIResponse(responseCode = "400", description = "`year` is not a number")
    @APIResponse(responseCode = "404", description = "No such city")
    public CityDto city(@PathParam("cityId") long cityId, @QueryParam("year") String year) {
        return directory.city(cityId, QueryParams.optionalInt("year", year)).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCity", summary = "Register a pilot city (administrators)")
    @APIResponse(responseCode = "201", description = "Registered; `Location` names the new city",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CityDto.class)))
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The division code is taken, or the province has no place left")
    public Response create(InputStream body, @Context UriInfo uri) {
        service.requireAdministrator(actor.get());
        CityDto city = service.saveCity(actor.get(), null, form(JsonForm.of(JsonBodies.readObject(body), FIELDS, ANSWERED)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(city.id())).build()).entity(city).build();
    }

    @PUT
    @Path("{cityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCity", summary = "Correct a pilot city, with the version read (administrators)")
    @APIResponse(responseCode = "200", description = "The corrected city",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CityDto.class)))
    @APIResponse(responseCode = "400", description = "Fields missing or wrong, each named")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "404", description = "No such city")
    @APIResponse(responseCode = "409", description = "A stale `version`, or the division code is taken")
    public CityDto update(@PathParam("cityId") long cityId, InputStream body) {
        service.requireAdministrator(actor.get());
        JsonForm json = JsonForm.of(JsonBodies.readObject(body), FIELDS, ANSWERED)
                .sameAs("id", cityId, "field.inconsistent-id");
        return service.saveCity(actor.get(), cityId, form(json));
    }

    private static CityService.CityForm form(JsonForm json) {
        return new CityService.CityForm(json.text("divisionCode"), json.text("nameZh"), json.text("nameEn"),
                json.integer("provinceId"), json.text("level"), json.integer("batch"), json.integer("pilotStartYear"),
                json.integer("pilotEndYear"), json.text("status"), json.version(), json.unreadable());
    }
}
