package org.pilotops.reminder.boundary;

import java.util.Set;

/**
 * The seam between the reminders and the typical cases (issue #10, SPEC §8): which pilot cities have
 * submitted a typical case of a year. The case-compilation reminder writes to every city that has not.
 *
 * <p>The cases feature does not exist yet. When it comes, its boundary provides one CDI bean implementing
 * this interface (a query for cases in state {@code SUBMITTED} or {@code SELECTED}), and the reminders use it
 * with no other change. Until then no bean implements it, and {@link ReminderDelivery} reads that as "no city
 * has submitted a case", which is true today.
 */
public interface CaseSubmissions {

    /** The ids of the cities with at least one submitted (or selected) typical case of the year. */
    Set<Long> citiesWithSubmittedCase(int year);
}
