package org.pilotops.agency.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.pilotops.platform.problem.NotFoundException;

/** {@code /api/v1/agencies} and their attorneys: reference data for every signed-in user. */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @Inject
    AgencyDirectory directory;

    @GET
    public List<AgencyDto> agencies() {
        return directory.agencies();
    }

    @GET
    @Path("{agencyId}/attorneys")
    public List<AttorneyDto> attorneys(@PathParam("agencyId") long agencyId) {
        directory.agency(agencyId).orElseThrow(NotFoundException::new);
        return directory.attorneysOf(agencyId);
    }
}
