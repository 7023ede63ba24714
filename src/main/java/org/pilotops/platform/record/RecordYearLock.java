package org.pilotops.platform.record;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Whether a city's records of a year may still change. The platform asks; a feature answers: the
 * annual summaries lock a year once the city's summary of it is accepted (SPEC §4). An interface here,
 * implemented by the feature as a CDI bean, because the platform may use no feature (ARCHITECTURE.md):
 * the record mechanism knows that years can be locked, not why. A deployment without any implementation
 * (a platform-only test archive) simply has no locks.
 */
public interface RecordYearLock {

    /**
     * What locks the city's records of the year, as a path a client can read (e.g. the accepted annual
     * summary's API path); empty when the year is open. Asked through the caller's own EntityManager, in
     * whatever transaction it is in: an import's check runs outside one in the managed executor, where a
     * second (interceptor-managed) EntityManager would be closed under the caller's feet.
     */
    Optional<String> lockOf(EntityManager em, long cityId, int year);
}
