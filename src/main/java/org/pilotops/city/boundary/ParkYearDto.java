package org.pilotops.city.boundary;

import java.math.BigDecimal;
import org.pilotops.city.entity.ParkYear;

/** A park's figures of one year with that year's compliance flag and the {@code version} a correction carries. */
public record ParkYearDto(int year, BigDecimal inventionPatentsPer10k, boolean hasIpDepartment, int fullTimeIpStaff,
                          boolean belowPatentDensityFloor, long version) {

    static ParkYearDto of(ParkYear y) {
        return new ParkYearDto(y.getYear(), y.getInventionPatentsPer10k(), y.isHasIpDepartment(),
                y.getFullTimeIpStaff(), y.belowPatentDensityFloor(), y.getVersion());
    }
}
