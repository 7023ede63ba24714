package org.pilotops.reminder.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the reminders of one reporting year are computed from, read from the database for each run.
 *
 * @param summaryDueDate         when the year's annual summaries are due
 * @param caseCompilationDueDate when the year's typical cases are due; null for a year that asks for none
 * @param cities                 the year's active pilot cities with their summary's state
 * @param citiesWithSubmittedCase the cities that have submitted a typical case of the year
 */
public record DeadlineFacts(int year, LocalDate summaryDueDate, LocalDate caseCompilationDueDate,
                            List<City> cities, Set<Long> citiesWithSubmittedCase) {

    public DeadlineFacts {
        cities = List.copyOf(cities);
        citiesWithSubmittedCase = Set.copyOf(citiesWithSubmittedCase);
    }

    /**
     * A pilot city and its summary of the year.
     *
     * @param summaryStatus a {@code SummaryStatus} name ({@code NOT_STARTED} without a summary)
     * @param returnedOn    the day of the latest return while the summary is {@code RETURNED}, else null
     */
    public record City(long id, String name, int provinceId, String provinceName, String summaryStatus,
                       LocalDate returnedOn) {

        /** Nothing handed in yet. */
        public boolean notSubmitted() {
            return "NOT_STARTED".equals(summaryStatus) || "DRAFT".equals(summaryStatus);
        }

        /** The summary waits for the city: not handed in, or returned to it. */
        public boolean outstanding() {
            return notSubmitted() || "RETURNED".equals(summaryStatus);
        }
    }
}
