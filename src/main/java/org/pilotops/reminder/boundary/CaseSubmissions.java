package org.pilotops.reminder.boundary;

import java.util.Set;

/**
 * The seam between the reminders and the typical cases (issue #10, SPEC §8): which pilot cities have
 * submitted a typical case of a year. The case-compilation reminder writes to every city that has not.
 *
 * <p>The cases feature's boundary provides the one CDI bean implementing it ({@code cases.boundary.SubmittedCases}:
 * cases in state {@code SUBMITTED} or {@code SELECTED}); a returned case waits for the city again and does
 * not count. {@link ReminderDelivery} reads a missing implementation as "no city has submitted a case".
 */
public interface CaseSubmissions {

    /** The ids of the cities with at least one submitted (or selected) typical case of the year. */
    Set<Long> citiesWithSubmittedCase(int year);
}
