package org.pilotops.dashboard.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
 * {@code GET /api/v1/overview?year=} (SPEC §9): per city the actor follows, its records of the year per
 * kind (and the kinds' main amounts), its annual summary's state and timeliness and its compliance flags;
 * with the reporting and on-time rates of those cities in all and per province. Scoped like the
 * summaries: a city's reporter gets its own city, a province reviewer the province's cities.
 */
@Tag(name = "Dashboards")
@Path("overview")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    @Inject
    DashboardService dashboards;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "getOverview",
            summary = "A year's records, amounts, summary state and flags per city the caller follows (reporters, "
            + "reviewers)")
    @APIResponse(responseCode = "200", description = "The overview with reporting and on-time rates in all and per "
            + "province")
    @APIResponse(responseCode = "400", description = "`year` missing or not a number")
    @APIResponse(responseCode = "403", description = "Agency staff and administrators follow no city")
    public JsonObject overview(@QueryParam("year") String year) {
        DashboardService.Overview overview = dashboards.overview(actor.get(), QueryParams.requiredInt("year", year));
        JsonArrayBuilder cities = JsonFactory.array();
        for (CityFigures city : overview.cities()) {
            JsonObjectBuilder records = JsonFactory.object();
            city.records().forEach(records::add);
            JsonObjectBuilder amounts = JsonFactory.object();
            city.amounts().forEach(amounts::add);
            JsonArrayBuilder flags = JsonFactory.array();
            city.city().complianceFlags().forEach(flags::add);
            cities.add(city.summary().json()
                    .add("records", records)
                    .add("totalRecords", city.totalRecords())
                    .add("amounts", amounts)
                    .add("complianceFlags", flags));
        }
        JsonObject summaries = overview.summaries().toJson();
        return JsonFactory.object(summaries).add("cities", cities).build();
    }
}
