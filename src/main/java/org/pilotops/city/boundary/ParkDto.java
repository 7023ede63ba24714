package org.pilotops.city.boundary;

import java.math.BigDecimal;
import org.pilotops.city.entity.Park;

/** A park with its compliance flag (below 48.4 invention patents per 10,000 population). */
public record ParkDto(long id, long cityId, String nameZh, String nameEn, BigDecimal inventionPatentsPer10k,
                      boolean hasIpDepartment, int fullTimeIpStaff, boolean belowPatentDensityFloor) {
    static ParkDto of(Park p) {
        return new ParkDto(p.getId(), p.getCityId(), p.getNameZh(), p.getNameEn(), p.getInventionPatentsPer10k(),
                p.isHasIpDepartment(), p.getFullTimeIpStaff(), p.belowPatentDensityFloor());
    }
}
