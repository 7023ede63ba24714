package org.pilotops.records.control;

import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;

/**
 * Who may do what with a city's records, decided from the {@link Actor}: see the city (else "not found"),
 * log a record for it (its reporters, or agency staff serving it for the kinds agencies log) and change a
 * record (its city's reporters, or the agency that logged it).
 */
public final class RecordScope {

    private RecordScope() {
    }

    public static void requireSees(Actor actor, long cityId) {
        if (!actor.sees(cityId)) {
            throw new NotFoundException();
        }
    }

    /** The agency a new record is logged for, or null when the city logs it itself. */
    public static Long loggingAgency(Actor actor, RecordKind<?> kind, long cityId) {
        if (actor.reportsFor(cityId)) {
            return null;
        }
        if (actor.servesAsAgency(cityId) && kind.agenciesMayLog()) {
            return actor.agencyId();
        }
        throw new OperationNotAllowedException("problem.not-allowed.log", kind.path());
    }

    public static void requireMayChange(Actor actor, RecordKind<?> kind, CityRecord record) {
        boolean own = actor.reportsFor(record.getCityId())
                || kind.agenciesMayLog() && actor.servesAsAgency(record.getCityId())
                && actor.agencyId().equals(record.getLoggingAgencyId());
        if (!own) {
            throw new OperationNotAllowedException("problem.not-allowed.change", kind.path());
        }
    }
}
