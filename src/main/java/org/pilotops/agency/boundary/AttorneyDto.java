package org.pilotops.agency.boundary;

import org.pilotops.agency.entity.PatentAttorney;

/** A patent attorney as pages and the API show it. */
public record AttorneyDto(long id, long agencyId, String name, String licenceNumber, long version) {

    static AttorneyDto of(PatentAttorney attorney) {
        return new AttorneyDto(attorney.getId(), attorney.getAgencyId(), attorney.getName(),
                attorney.getLicenceNumber(), attorney.getVersion());
    }
}
