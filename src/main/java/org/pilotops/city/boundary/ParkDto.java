package org.pilotops.city.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.pilotops.city.entity.Park;
import org.pilotops.city.entity.ParkYear;

/**
 * A park with its figures per year ({@code years}, oldest first) and, as the fields clients read before
 * figures were kept per year, the figures of its latest year ({@code latestYear}; absent while the park
 * has none) with their compliance flag (below 48.4 invention patents per 10,000 population).
 */
public record ParkDto(long id, long cityId, String nameZh, String nameEn, Integer latestYear,
                      BigDecimal inventionPatentsPer10k, Boolean hasIpDepartment, Integer fullTimeIpStaff,
                      boolean belowPatentDensityFloor, List<ParkYearDto> years, long version) {

    static ParkDto of(Park p) {
        ParkYear latest = p.latestFigures().orElse(null);
        return new ParkDto(p.getId(), p.getCityId(), p.getNameZh(), p.getNameEn(),
                latest == null ? null : latest.getYear(),
                latest == null ? null : latest.getInventionPatentsPer10k(),
                latest == null ? null : latest.isHasIpDepartment(),
                latest == null ? null : latest.getFullTimeIpStaff(),
                p.belowPatentDensityFloor(null),
                p.getYears().stream().map(ParkYearDto::of).toList(), p.getVersion());
    }

    /** The figures of a year, or null when the city reported none for it. */
    public ParkYearDto figuresOf(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }
}
