package org.pilotops.platform.field;

import java.time.LocalDate;

/**
 * The sensible bounds of a date in the programme: nothing before 2017, when the first batch was approved,
 * and nothing after 2035, well past any pilot period and its follow-up.
 */
public final class ProgrammeDates {

    public static final LocalDate EARLIEST = LocalDate.of(2017, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

    private ProgrammeDates() {
    }

    public static FieldType<LocalDate> date() {
        return FieldType.date(EARLIEST, LATEST);
    }
}
