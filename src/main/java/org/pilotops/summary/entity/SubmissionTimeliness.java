package org.pilotops.summary.entity;

/**
 * Whether a city handed its summary in on time, judged on its first submission against the year's due
 * date by the application clock. Judged when asked, not stored: when national reviewers extend a due
 * date, every city is judged against the extended date, as a reporting-rate overview expects.
 */
public enum SubmissionTimeliness {
    /** First submitted on or before the due date. */
    ON_TIME,
    /** First submitted after the due date: accepted all the same, and shown as late. */
    LATE,
    /** Not submitted yet, and the due date has not passed. */
    NOT_DUE_YET,
    /** Not submitted yet, and the due date has passed. */
    OVERDUE
}
