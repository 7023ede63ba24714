package org.pilotops.agency.boundary;

import java.util.List;
import org.pilotops.agency.entity.ServiceAgency;

/** A service agency as pages and the API show it, with the pilot cities it serves. */
public record AgencyDto(long id, String name, String creditCode, String kind, List<Long> cityIds, long version) {

    static AgencyDto of(ServiceAgency agency) {
        return new AgencyDto(agency.getId(), agency.getName(), agency.getCreditCode(), agency.getKind().name(),
                agency.getCityIds().stream().sorted().toList(), agency.getVersion());
    }
}
