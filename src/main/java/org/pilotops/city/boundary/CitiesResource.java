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
import org.pilotops.platform.rest.QueryParams;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.rest.JsonBodies;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code /api/v1/cities}: the pilot cities, public reference data for every signed-in user, with their
 * compliance flags judged on each park's latest year or, with {@code ?year=}, on that year's figures.
 * Administrators register ({@code POST}) and correct ({@code PUT}, with the {@code version} read) them.
 */
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
    public List<CityDto> cities(@QueryParam("year") String year) {
        return directory.cities(QueryParams.optionalInt("year", year));
    }

    @GET
    @Path("{cityId}")
    public CityDto city(@PathParam("cityId") long cityId, @QueryParam("year") String year) {
        return directory.city(cityId, QueryParams.optionalInt("year", year)).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body, @Context UriInfo uri) {
        service.requireAdministrator(actor.get());
        CityDto city = service.saveCity(actor.get(), null, form(JsonForm.of(JsonBodies.readObject(body), FIELDS, ANSWERED)));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(city.id())).build()).entity(city).build();
    }

    @PUT
    @Path("{cityId}")
    @Consumes(MediaType.APPLICATION_JSON)
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
