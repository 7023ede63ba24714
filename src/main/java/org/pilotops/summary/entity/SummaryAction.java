package org.pilotops.summary.entity;

/**
 * What someone can do to an annual summary. {@link SummaryStatus} says in which state each is allowed and
 * where it leads; who may do it is the business of {@code control.SummaryReviewPolicy}.
 */
public enum SummaryAction {
    /** The city writes or changes its draft; editing a summary not started yet starts it. */
    EDIT,
    /** The city hands the summary in (again, after a return); the indicators are frozen. */
    SUBMIT,
    /** The province reviewer endorses a submitted summary (省级审核). */
    ENDORSE,
    /** The national reviewer accepts the summary; the year's records are locked. */
    ACCEPT,
    /** A reviewer sends a submitted or endorsed summary back to the city, saying why. */
    RETURN,
    /** A national reviewer takes an accepted summary back to draft, saying why; the year is unlocked. */
    REOPEN
}
