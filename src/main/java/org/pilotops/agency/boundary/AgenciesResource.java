package org.pilotops.agency.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.problem.NotFoundException;

/** {@code /api/v1/agencies} and their attorneys: reference data for every signed-in user. */
@Tag(name = "Agencies", description = "Service agencies, the cities they serve and their attorneys")
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @Inject
    AgencyDirectory directory;

    @GET
    @Operation(operationId = "listAgencies",
            summary = "List the service agencies with the cities they serve (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The agencies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgencyDto.class)))
    public List<AgencyDto> agencies() {
        return directory.agencies();
    }

    @GET
    @Path("{agencyId}/attorneys")
    @Operation(operationId = "listAttorneys", summary = "List an agency's patent attorneys (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The attorneys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AttorneyDto.class)))
    @APIResponse(responseCode = "404", description = "No such agency")
    public List<AttorneyDto> attorneys(@PathParam("agencyId") long agencyId) {
        directory.agency(agencyId).orElseThrow(NotFoundException::new);
        return directory.attorneysOf(agencyId);
    }
}
