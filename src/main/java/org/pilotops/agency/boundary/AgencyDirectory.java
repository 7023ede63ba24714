package org.pilotops.agency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.pilotops.agency.entity.ServiceAgency;

/** Read access to service agencies, for scope decisions and pages. */
@ApplicationScoped
public class AgencyDirectory {

    @PersistenceContext
    EntityManager em;

    /** The pilot cities an agency serves; empty for an unknown agency. */
    public Set<Long> citiesServedBy(long agencyId) {
        ServiceAgency agency = em.find(ServiceAgency.class, agencyId);
        return agency == null ? Set.of() : agency.getCityIds();
    }
}
