package org.pilotops.city.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/provinces}: the provincial-level units, identified by their GB/T 2260 codes. */
@Tag(name = "Cities", description = "Provinces, pilot cities, their parks and the parks' figures per year")
@Path("provinces")
@Produces(MediaType.APPLICATION_JSON)
public class ProvincesResource {

    @Inject
    CityDirectory directory;

    @GET
    @Operation(operationId = "listProvinces", summary = "List the provincial-level units (every signed-in user)")
    @APIResponse(responseCode = "200", description = "The provincial-level units, identified by their GB/T 2260 codes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProvinceDto.class)))
    public List<ProvinceDto> provinces() {
        return directory.provinces();
    }
}
