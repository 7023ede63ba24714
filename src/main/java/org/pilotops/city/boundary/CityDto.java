package org.pilotops.city.boundary;

import java.util.List;
import java.util.Set;
import org.pilotops.city.entity.ComplianceFlag;
import org.pilotops.city.entity.PilotCity;

/**
 * A pilot city as pages and the API show it; {@code demo} marks a city that exists only in demo data,
 * {@code complianceFlags} the notice's admission rules it breaks (its parks judged on their latest year,
 * or on the year asked for), {@code version} what a correction must carry.
 */
public record CityDto(long id, String divisionCode, String nameZh, String nameEn, int provinceId, String level,
                      int batch, int pilotStartYear, int pilotEndYear, String status, boolean demo,
                      List<String> complianceFlags, long version) {

    static CityDto of(PilotCity c, Set<ComplianceFlag> flags) {
        return new CityDto(c.getId(), c.getDivisionCode(), c.getNameZh(), c.getNameEn(), c.getProvinceId(),
                c.getLevel().name(), c.getBatch(), c.getPilotStartYear(), c.getPilotEndYear(),
                c.getStatus().name(), c.isDemo(), flags.stream().map(Enum::name).sorted().toList(), c.getVersion());
    }
}
