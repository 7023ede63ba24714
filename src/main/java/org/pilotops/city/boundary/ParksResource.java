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
    public List<ParkDto> parks() {
        directory.city(cityId).orElseThrow(NotFoundException::new);
        return directory.parksOf(cityId);
    }

    @GET
    @Path("{parkId}")
    public ParkDto park(@PathParam("parkId") long parkId) {
        return directory.park(parkId).filter(p -> p.cityId() == cityId).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(InputStream body, @Context UriInfo uri) {
        service.requireAdministrator(actor.get());
        ParkDto park = service.savePark(actor.get(), cityId, null, parkForm(JsonBodies.readObject(body), null));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(park.id())).build()).entity(park).build();
    }

    @PUT
    @Path("{parkId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ParkDto update(@PathParam("parkId") long parkId, InputStream body) {
        service.requireAdministrator(actor.get());
        return service.savePark(actor.get(), cityId, parkId, parkForm(JsonBodies.readObject(body), parkId));
    }

    @DELETE
    @Path("{parkId}")
    public Response delete(@PathParam("parkId") long parkId, @QueryParam("version") String version) {
        service.deletePark(actor.get(), cityId, parkId, version(version));
        return Response.noContent().build();
    }

    /** Adds or corrects a park's figures of one year; a correction carries the {@code version} it read. */
    @PUT
    @Path("{parkId}/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
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
