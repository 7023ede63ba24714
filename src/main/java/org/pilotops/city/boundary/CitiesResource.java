package org.pilotops.city.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.pilotops.city.entity.Park;
import org.pilotops.city.entity.PilotCity;
import org.pilotops.city.entity.Province;
import org.pilotops.platform.problem.NotFoundException;

/** {@code /api/v1/provinces} and {@code /api/v1/cities}: the programme's reference data. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CitiesResource {

    public record ProvinceDto(int id, String nameZh, String nameEn, String kind, Integer parentId) {
        static ProvinceDto of(Province p) {
            return new ProvinceDto(p.getId(), p.getNameZh(), p.getNameEn(), p.getKind().name(), p.getParentId());
        }
    }

    public record CityDto(long id, String divisionCode, String nameZh, String nameEn, int provinceId, String level,
                          int batch, int pilotStartYear, int pilotEndYear, String status, boolean demo) {
        static CityDto of(PilotCity c) {
            return new CityDto(c.getId(), c.getDivisionCode(), c.getNameZh(), c.getNameEn(), c.getProvinceId(),
                    c.getLevel().name(), c.getBatch(), c.getPilotStartYear(), c.getPilotEndYear(),
                    c.getStatus().name(), c.isDemo());
        }
    }

    public record ParkDto(long id, long cityId, String nameZh, String nameEn, BigDecimal inventionPatentsPer10k,
                          boolean hasIpDepartment, int fullTimeIpStaff, boolean belowPatentDensityFloor) {
        static ParkDto of(Park p) {
            return new ParkDto(p.getId(), p.getCityId(), p.getNameZh(), p.getNameEn(), p.getInventionPatentsPer10k(),
                    p.isHasIpDepartment(), p.getFullTimeIpStaff(), p.belowPatentDensityFloor());
        }
    }

    @Inject
    CityDirectory directory;

    @GET
    @Path("provinces")
    public List<ProvinceDto> provinces() {
        return directory.provinces().stream().map(ProvinceDto::of).toList();
    }

    @GET
    @Path("cities")
    public List<CityDto> cities() {
        return directory.cities().stream().map(CityDto::of).toList();
    }

    @GET
    @Path("cities/{cityId}")
    public CityDto city(@PathParam("cityId") long cityId) {
        return directory.city(cityId).map(CityDto::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("cities/{cityId}/parks")
    public List<ParkDto> parks(@PathParam("cityId") long cityId) {
        directory.city(cityId).orElseThrow(NotFoundException::new);
        return directory.parksOf(cityId).stream().map(ParkDto::of).toList();
    }
}
