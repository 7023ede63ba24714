package org.pilotops.records.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotops.platform.record.RecordHold;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordYearLock;
import org.pilotops.platform.record.YearLockedException;
import org.pilotops.platform.security.Actor;
import org.pilotops.records.control.RecordScope;

/**
 * What a record answers to beyond its own fields: a city's locked (accepted) years, which no write may
 * change what they count in, and what still relies on a record (a reviewed case), which keeps it from
 * deletion. Features answer through {@link RecordYearLock} and {@link RecordHold}; asked in the writer's
 * transaction, once per transaction for the locks.
 */
@ApplicationScoped
public class RecordLocks {

    /** What may lock a city's year (accepted annual summaries); none in an archive without the feature. */
    @Inject
    Instance<RecordYearLock> yearLocks;

    /** What may still rely on a record (submitted typical cases); none in an archive without the feature. */
    @Inject
    Instance<RecordHold> recordHolds;

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Refuses (409) a change that changes what a locked (accepted) year counts: the record's
     * {@link RecordKind#yearParts parts} before the change ({@code before}, empty for a new record) and after
     * it ({@code after}, empty for a deletion), compared for each locked year. The one place the record
     * mechanism asks: creating, correcting, deleting and importing all pass here, and a record of an open
     * year cannot reach into a locked one. What does not pass here is not locked: SQL written by hand, and
     * agencies and their attorneys, which are not kept per year.
     */
    void requireLockedFiguresKept(long cityId, Map<Integer, List<String>> before,
                                   Map<Integer, List<String>> after) {
        locks(cityId).forEach((year, lockedBy) -> {
            if (!before.getOrDefault(year, List.of()).equals(after.getOrDefault(year, List.of()))) {
                throw new YearLockedException(cityId, year, lockedBy);
            }
        });
    }

    /** Refuses (409) to touch a record whose own year is locked (a save that changes nothing still does). */
    void requireOpenYear(long cityId, int year) {
        String lockedBy = locks(cityId).get(year);
        if (lockedBy != null) {
            throw new YearLockedException(cityId, year, lockedBy);
        }
    }

    /** Refuses (409) to delete a record that something still relies on, naming what (see {@link RecordHold}). */
    void requireNotHeld(RecordKind<?> kind, long id) {
        List<String> holders = new ArrayList<>();
        recordHolds.forEach(hold -> holders.addAll(hold.holders(em, kind.path(), id)));
        if (!holders.isEmpty()) {
            throw new RecordHeldException(holders);
        }
    }

    /**
     * The city's locked years and what locks each, for a page that shows them as locked rather than
     * failing on save, and for an import, which asks before its first row (see {@link #locks}).
     *
     * @param forWrite whether the caller writes in this transaction (then the answer holds until it ends)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Integer, String> lockedYears(Actor actor, long cityId, boolean forWrite) {
        RecordScope.requireSees(actor, cityId);
        return locks(cityId, forWrite);
    }

    /** The locks a write of the city's records is checked against (see {@link RecordYearLock#locks}). */
    Map<Integer, String> locks(long cityId) {
        return locks(cityId, true);
    }

    /**
     * The locks of a city, asked once per transaction: an import of 100 000 rows would otherwise ask
     * for every row. Within one transaction the answer cannot change under the caller's feet any more
     * than between two of its statements (for a write it is read with a shared lock to make sure).
     */
    Map<Integer, String> locks(long cityId, boolean forWrite) {
        boolean inTransaction = transactions.getTransactionKey() != null;
        String key = "pilotops.yearLocks." + cityId;
        @SuppressWarnings("unchecked")
        Map<Integer, String> known = inTransaction ? (Map<Integer, String>) transactions.getResource(key) : null;
        if (known == null) {
            Map<Integer, String> locks = new HashMap<>();
            yearLocks.forEach(lock -> locks.putAll(lock.locks(em, cityId, forWrite && inTransaction)));
            known = Map.copyOf(locks);
            if (inTransaction) {
                transactions.putResource(key, known);
            }
        }
        return known;
    }
}
