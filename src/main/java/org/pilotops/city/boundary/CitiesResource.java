package org.pilotops.city.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.pilotops.platform.problem.NotFoundException;

/** {@code /api/v1/cities}: the pilot cities, public reference data for every signed-in user. */
@Path("cities")
@Produces(MediaType.APPLICATION_JSON)
public class CitiesResource {

    @Inject
    CityDirectory directory;

    @GET
    public List<CityDto> cities() {
        return directory.cities();
    }

    @GET
    @Path("{cityId}")
    public CityDto city(@PathParam("cityId") long cityId) {
        return directory.city(cityId).orElseThrow(NotFoundException::new);
    }
}
