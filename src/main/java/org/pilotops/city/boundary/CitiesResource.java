package org.pilotops.city.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.pilotops.city.entity.PilotCity;
import org.pilotops.platform.problem.NotFoundException;

/** {@code /api/v1/cities}: the pilot cities, public reference data for every signed-in user. */
@Path("cities")
@Produces(MediaType.APPLICATION_JSON)
public class CitiesResource {

    public record CityDto(long id, String divisionCode, String nameZh, String nameEn, int provinceId, String level,
                          int batch, int pilotStartYear, int pilotEndYear, String status, boolean demo) {
        static CityDto of(PilotCity c) {
            return new CityDto(c.getId(), c.getDivisionCode(), c.getNameZh(), c.getNameEn(), c.getProvinceId(),
                    c.getLevel().name(), c.getBatch(), c.getPilotStartYear(), c.getPilotEndYear(),
                    c.getStatus().name(), c.isDemo());
        }
    }

    @Inject
    CityDirectory directory;

    @GET
    public List<CityDto> cities() {
        return directory.cities().stream().map(CityDto::of).toList();
    }

    @GET
    @Path("{cityId}")
    public CityDto city(@PathParam("cityId") long cityId) {
        return directory.city(cityId).map(CityDto::of).orElseThrow(NotFoundException::new);
    }
}
