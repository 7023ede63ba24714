package org.pilotops.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.Violation;

/**
 * The idempotency keys callers sent with their writes (migration V0024), taken and filled in the
 * transaction of the write they guard, and forgotten after {@link #KEPT_DAYS} days: a client retries within
 * minutes, and a key sent again after that creates a new record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyKeys {

    static final int KEPT_DAYS = 7;

    @PersistenceContext
    EntityManager em;

    /** What an earlier request under a key wrote: its subject's id (a record) or its answer (an import's report). */
    public record Earlier(Long subjectId, String answer) {
    }

    /**
     * Takes the caller's key for a write of this subject type, or finds what an earlier request with the key
     * wrote. A request with the same key still in flight is waited for (the key's row is locked until it
     * commits or rolls back). The same key with another request is refused naming the header.
     *
     * @return empty when the key is this transaction's now (write, then {@link #fill} or {@link #answer});
     *         else what the earlier request wrote
     */
    public Optional<Earlier> take(String caller, IdempotencyKey key, String subjectType) {
        int taken = em.createNativeQuery("INSERT IGNORE INTO idempotency_key "
                        + "(caller, request_key, request, subject_type, subject_id, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, NULL, CURRENT_TIMESTAMP(3))")
                .setParameter(1, caller).setParameter(2, key.key()).setParameter(3, key.request())
                .setParameter(4, subjectType)
                .executeUpdate();
        if (taken == 1) {
            return Optional.empty();
        }
        // A locking read: it sees the committed row even where this transaction's snapshot would not.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request, subject_type, subject_id, answer FROM idempotency_key "
                        + "WHERE caller = ?1 AND request_key = ?2 LOCK IN SHARE MODE")
                .setParameter(1, caller).setParameter(2, key.key())
                .getResultList();
        Object[] earlier = rows.get(0);
        if (!key.request().equals(earlier[0]) || !subjectType.equals(earlier[1])) {
            throw new ConflictException(Violation.of(IdempotencyKey.HEADER, "field.idempotency-key-reused", key.key()));
        }
        return Optional.of(new Earlier(earlier[2] == null ? null : ((Number) earlier[2]).longValue(), (String) earlier[3]));
    }

    /** Deletes the keys older than {@link #KEPT_DAYS} days (by the database's clock, which stamped them); how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetOld() {
        return em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < CURRENT_TIMESTAMP(3) - INTERVAL "
                + KEPT_DAYS + " DAY").executeUpdate();
    }

    /** Records the answer this transaction gives under the key it took (an import's report). */
    public void answer(String caller, IdempotencyKey key, String answer) {
        em.createNativeQuery("UPDATE idempotency_key SET answer = ?1 WHERE caller = ?2 AND request_key = ?3")
                .setParameter(1, answer).setParameter(2, caller).setParameter(3, key.key())
                .executeUpdate();
    }

    /** Records the subject this transaction wrote under the key it took. */
    public void fill(String caller, IdempotencyKey key, long subjectId) {
        em.createNativeQuery("UPDATE idempotency_key SET subject_id = ?1 WHERE caller = ?2 AND request_key = ?3")
                .setParameter(1, subjectId).setParameter(2, caller).setParameter(3, key.key())
                .executeUpdate();
    }
}
