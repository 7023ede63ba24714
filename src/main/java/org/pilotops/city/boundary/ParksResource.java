package org.pilotops.city.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.pilotops.platform.problem.NotFoundException;

/**
 * {@code /api/v1/cities/{cityId}/parks}. A class of its own: JAX-RS picks the root resource with the
 * most literal characters, so this path must not be left to {@code cities/{cityId}/{kind}}.
 */
@Path("cities/{cityId}/parks")
@Produces(MediaType.APPLICATION_JSON)
public class ParksResource {

    @Inject
    CityDirectory directory;

    @GET
    public List<ParkDto> parks(@PathParam("cityId") long cityId) {
        directory.city(cityId).orElseThrow(NotFoundException::new);
        return directory.parksOf(cityId);
    }
}
