package org.pilotops.summary.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.rest.QueryParams;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code GET /api/v1/indicators?year=&cityId=&provinceId=}: the indicators of a year (with the previous
 * year's) for a city, a province or, without either, the nation; scoped like the summaries.
 */
@Tag(name = "Annual summaries")
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {

    @Inject
    AnnualSummaryService service;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "getIndicators",
            summary = "The indicators of a year for a city, a province or the nation, scoped like the summaries")
    @APIResponse(responseCode = "200", description = "The figures with the previous year's and the targets")
    @APIResponse(responseCode = "400", description = "`year` missing, or a parameter not a number")
    @APIResponse(responseCode = "403", description = "A province or the nation the caller does not review")
    @APIResponse(responseCode = "404", description = "A city whose summaries the caller does not see")
    public JsonObject indicators(@QueryParam("year") String year, @QueryParam("cityId") String cityId,
                                 @QueryParam("provinceId") String provinceId) {
        Long city = QueryParams.optionalLong("cityId", cityId);
        Integer province = QueryParams.optionalInt("provinceId", provinceId);
        JsonObject table = SummaryJson.indicators(service.indicators(actor.get(),
                QueryParams.requiredInt("year", year), city, province));
        String level = city != null ? "CITY" : province != null ? "PROVINCE" : "NATION";
        var json = JsonFactory.object(table).add("level", level);
        if (city != null) {
            json.add("cityId", city);
        }
        if (province != null) {
            json.add("provinceId", province);
        }
        return json.build();
    }
}
