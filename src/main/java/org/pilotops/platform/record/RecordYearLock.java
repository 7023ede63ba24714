package org.pilotops.platform.record;

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
     * summary's API path); empty when the year is open.
     */
    Optional<String> lockOf(long cityId, int year);
}
