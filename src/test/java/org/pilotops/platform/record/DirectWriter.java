package org.pilotops.platform.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * For in-container tests only: stores an entity through JPA alone, past every check of the services,
 * to prove that what JPA itself enforces (Bean Validation on entities and their embeddables) holds.
 */
@ApplicationScoped
public class DirectWriter {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** Sets an SME's credit code as a careless caller could, without the record's own checks. */
    public static void creditCode(Sme sme, String code) {
        Sme.<Sme>fields(s -> s).get(1).assign(sme, code);
    }
}
