package org.pilotops.platform.record;

import java.util.List;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.Violation;

/**
 * A change to a record of a locked year (SPEC §4: accepting a city's annual summary locks the year's
 * records): 409, naming what locks the year, so that the reader knows whom to ask to reopen it. Also a
 * row problem in an import, under the field {@code year}.
 */
public class YearLockedException extends ConflictException {

    public YearLockedException(long cityId, int year, String lockedBy) {
        super("record.year-locked.detail", List.of(Violation.of("year", "record.year-locked", year, lockedBy)),
                year, lockedBy, cityId);
    }

    @Override
    public String problemType() {
        return "year-locked";
    }
}
