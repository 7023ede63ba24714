package org.pilotops.platform.record;

import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * Whether a city's records of a year may still change. The platform asks; a feature answers: the
 * annual summaries lock a year once the city's summary of it is accepted (SPEC §4). An interface here,
 * implemented by the feature as a CDI bean, because the platform may use no feature
 * (src/site/markdown/architecture.md): the record mechanism knows that years can be locked, not why. A
 * deployment without any implementation (a platform-only test archive) simply has no locks.
 */
public interface RecordYearLock {

    /**
     * The city's locked years, each with what locks it as a path a client can read (e.g. the accepted
     * annual summary's API path); empty when every year is open. All years at once, so an import of
     * many rows and a list page ask once. Asked through the caller's own EntityManager, in whatever
     * transaction it is in: a second (interceptor-managed) EntityManager inside a task on the managed
     * executor would be closed under the caller's feet.
     *
     * @param forWrite true when the caller is about to write what the locks guard: the answer is read with a
     *                 shared lock held to the end of its transaction, so that a year cannot be locked between
     *                 the check and the commit; false for a page or a dry run, which must not hold anyone up
     */
    Map<Integer, String> locks(EntityManager em, long cityId, boolean forWrite);
}
