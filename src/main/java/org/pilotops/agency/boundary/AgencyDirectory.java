package org.pilotops.agency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pilotops.agency.entity.PatentAttorney;
import org.pilotops.agency.entity.ServiceAgency;
import org.pilotops.platform.field.ReferenceChoices;
import org.pilotops.platform.problem.Violation;

/**
 * Read access to service agencies and their attorneys: reference data for every signed-in user, the
 * agency-to-city relation that scope needs, and the checks the record kinds make on references.
 */
@ApplicationScoped
public class AgencyDirectory {

    @PersistenceContext
    EntityManager em;

    public List<AgencyDto> agencies() {
        return em.createQuery("select a from ServiceAgency a order by a.id", ServiceAgency.class)
                .getResultStream().map(AgencyDto::of).toList();
    }

    public Optional<AgencyDto> agency(long agencyId) {
        return Optional.ofNullable(em.find(ServiceAgency.class, agencyId)).map(AgencyDto::of);
    }

    public List<AttorneyDto> attorneysOf(long agencyId) {
        return em.createQuery("select a from PatentAttorney a where a.agencyId = :agency order by a.id",
                        PatentAttorney.class)
                .setParameter("agency", agencyId)
                .getResultStream().map(AttorneyDto::of).toList();
    }

    public Optional<AttorneyDto> attorney(long attorneyId) {
        return Optional.ofNullable(em.find(PatentAttorney.class, attorneyId)).map(AttorneyDto::of);
    }

    /** The agencies serving a city, id to name, for a form's choices (see {@link ReferenceChoices}). */
    public java.util.Map<String, String> agencyChoices(long cityId) {
        return ReferenceChoices.of(agencies().stream().filter(a -> a.cityIds().contains(cityId)).toList(),
                a -> a.id(), a -> a.name());
    }

    /**
     * The attorneys of the agencies serving a city, for a form's choices: name, agency and licence number,
     * which tell two attorneys of the same name apart the way the profession does.
     */
    public java.util.Map<String, String> attorneyChoices(long cityId) {
        record Choice(AttorneyDto attorney, String agency) {
        }
        List<Choice> attorneys = new java.util.ArrayList<>();
        agencies().stream().filter(a -> a.cityIds().contains(cityId))
                .forEach(a -> attorneysOf(a.id()).forEach(t -> attorneys.add(new Choice(t, a.name()))));
        return ReferenceChoices.of(attorneys, c -> c.attorney().id(),
                c -> c.attorney().name() + " · " + c.agency() + " · " + c.attorney().licenceNumber());
    }

    /** The pilot cities an agency serves; empty for an unknown agency. */
    public Set<Long> citiesServedBy(long agencyId) {
        ServiceAgency agency = em.find(ServiceAgency.class, agencyId);
        return agency == null ? Set.of() : agency.getCityIds();
    }

    public boolean serves(long agencyId, long cityId) {
        return citiesServedBy(agencyId).contains(cityId);
    }

    /**
     * What is wrong with naming this agency as the one that delivered a record's service: it must serve
     * the record's city, and when an agency logged the record, it must be that agency (staff log the
     * services their own agency delivers).
     */
    public Optional<Violation> checkServiceAgency(String field, long agencyId, long cityId, Long loggingAgencyId) {
        if (loggingAgencyId != null && loggingAgencyId != agencyId) {
            return Optional.of(Violation.of(field, "agency.not-own", loggingAgencyId));
        }
        if (!serves(agencyId, cityId)) {
            return Optional.of(Violation.of(field, "agency.not-serving-city", agencyId));
        }
        return Optional.empty();
    }
}
