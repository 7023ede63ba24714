package org.pilotops.platform.record;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What a record still backs, so that it may not be deleted: a typical case handed in or selected for the
 * compilation states its facts from the records linked to it (SPEC §8), and a deletion would take them
 * from it silently. The platform asks; a feature answers, as with {@link RecordYearLock}, because the
 * platform may use no feature. A deployment without any implementation has no holds.
 */
public interface RecordHold {

    /**
     * What holds the record now, each as a path a client can read (e.g. a submitted case's API path); empty
     * when nothing does. Asked through the caller's EntityManager inside the deleting transaction, and read
     * with a shared lock, so that what holds the record cannot change state until the deletion is decided.
     */
    List<String> holders(EntityManager em, String kind, long recordId);
}
