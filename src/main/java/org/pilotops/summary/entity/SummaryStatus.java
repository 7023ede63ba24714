package org.pilotops.summary.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an annual summary stands in its review, and the rules of the review in one place:
 *
 * <table>
 * <caption>What each state allows and where it leads</caption>
 * <tr><th>state</th><th>allows</th></tr>
 * <tr><td>NOT_STARTED</td><td>EDIT → DRAFT</td></tr>
 * <tr><td>DRAFT</td><td>EDIT, SUBMIT → SUBMITTED</td></tr>
 * <tr><td>SUBMITTED</td><td>ENDORSE → ENDORSED, or without province endorsement ACCEPT → ACCEPTED;
 *     RETURN → RETURNED (comment required)</td></tr>
 * <tr><td>ENDORSED</td><td>ACCEPT → ACCEPTED; RETURN → RETURNED (comment required)</td></tr>
 * <tr><td>RETURNED</td><td>EDIT, SUBMIT → SUBMITTED</td></tr>
 * <tr><td>ACCEPTED</td><td>REOPEN → DRAFT (reason required)</td></tr>
 * </table>
 *
 * A year can do without province endorsement ({@link ReportingYear#isProvinceEndorsement()}): then the
 * national reviewers accept a submitted summary directly and there is nothing to endorse. A returned
 * summary stays {@code RETURNED} while the city edits it, so reviewers and reminders still see that it
 * waits for the city.
 */
public enum SummaryStatus {
    /** The city owes the summary and has not written anything yet. */
    NOT_STARTED,
    /** The city is writing; its indicators are computed live from the records. */
    DRAFT,
    /** Handed in, indicators frozen; waits for the province (or, without endorsement, the nation). */
    SUBMITTED,
    /** The province endorsed it; waits for the national reviewers. */
    ENDORSED,
    /** Sent back to the city with a comment; the city edits and submits again. */
    RETURNED,
    /** Accepted by the national reviewers; the city's records of the year are locked. */
    ACCEPTED;

    /** The actions this state allows in a year with or without province endorsement. */
    public Set<SummaryAction> allowedActions(boolean provinceEndorsement) {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(SummaryAction.EDIT);
            case DRAFT, RETURNED -> EnumSet.of(SummaryAction.EDIT, SummaryAction.SUBMIT);
            case SUBMITTED -> provinceEndorsement
                    ? EnumSet.of(SummaryAction.ENDORSE, SummaryAction.RETURN)
                    : EnumSet.of(SummaryAction.ACCEPT, SummaryAction.RETURN);
            case ENDORSED -> EnumSet.of(SummaryAction.ACCEPT, SummaryAction.RETURN);
            case ACCEPTED -> EnumSet.of(SummaryAction.REOPEN);
        };
    }

    public boolean allows(SummaryAction action, boolean provinceEndorsement) {
        return allowedActions(provinceEndorsement).contains(action);
    }

    /** The state an action leads to from this one; only meaningful when this state allows the action. */
    public SummaryStatus after(SummaryAction action) {
        return switch (action) {
            case EDIT -> this == NOT_STARTED ? DRAFT : this;
            case SUBMIT -> SUBMITTED;
            case ENDORSE -> ENDORSED;
            case ACCEPT -> ACCEPTED;
            case RETURN -> RETURNED;
            case REOPEN -> DRAFT;
        };
    }

    /**
     * True while the summary is with the reviewers or accepted: its indicator table is the one frozen at
     * submission. In every other state the table is computed live from the records.
     */
    public boolean indicatorsFrozen() {
        return this == SUBMITTED || this == ENDORSED || this == ACCEPTED;
    }
}
