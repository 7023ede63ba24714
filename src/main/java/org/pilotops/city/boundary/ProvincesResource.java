package org.pilotops.city.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/provinces}: the provincial-level units, identified by their GB/T 2260 codes. */
@Path("provinces")
@Produces(MediaType.APPLICATION_JSON)
public class ProvincesResource {

    @Inject
    CityDirectory directory;

    @GET
    public List<ProvinceDto> provinces() {
        return directory.provinces();
    }
}
