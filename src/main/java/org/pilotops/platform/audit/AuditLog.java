package org.pilotops.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Writes the audit trail inside the transaction of the change it describes, so a change and its entry
 * are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditEntry.Action action, String subjectType, long subjectId, Long cityId,
                       JsonObject before, JsonObject after) {
        em.persist(new AuditEntry(Instant.now(), actor, action, subjectType, subjectId, cityId,
                before == null ? null : before.toString(), after == null ? null : after.toString()));
    }

    /** The history of one object, oldest first. */
    public List<AuditEntry> historyOf(String subjectType, long subjectId) {
        return em.createQuery("select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id "
                        + "order by a.id", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }
}
