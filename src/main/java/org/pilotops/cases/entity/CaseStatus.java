package org.pilotops.cases.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a typical case stands in its review, and the rules of the review in one place:
 *
 * <table>
 * <caption>What each state allows and where it leads</caption>
 * <tr><th>state</th><th>allows</th></tr>
 * <tr><td>DRAFT</td><td>EDIT, SUBMIT → SUBMITTED</td></tr>
 * <tr><td>SUBMITTED</td><td>SELECT → SELECTED; RETURN → RETURNED (comment required)</td></tr>
 * <tr><td>RETURNED</td><td>EDIT, SUBMIT → SUBMITTED</td></tr>
 * <tr><td>SELECTED</td><td>nothing: the case is in the compilation</td></tr>
 * </table>
 *
 * A returned case stays {@code RETURNED} while the city edits it, so reviewers and the city's home page
 * still see that it waits for the city. Only a draft never submitted can be deleted.
 */
public enum CaseStatus {
    /** The city is writing; reviewers do not see it yet. */
    DRAFT,
    /** Handed in; waits for the national reviewers to select or return it. */
    SUBMITTED,
    /** Chosen by the national reviewers for the year's compilation; final. */
    SELECTED,
    /** Sent back to the city with a comment; the city edits and submits again. */
    RETURNED;

    /** The actions this state allows. */
    public Set<CaseAction> allowedActions() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(CaseAction.EDIT, CaseAction.SUBMIT);
            case SUBMITTED -> EnumSet.of(CaseAction.SELECT, CaseAction.RETURN);
            case SELECTED -> EnumSet.noneOf(CaseAction.class);
        };
    }

    public boolean allows(CaseAction action) {
        return allowedActions().contains(action);
    }

    /** The state an action leads to from this one; only meaningful when this state allows the action. */
    public CaseStatus after(CaseAction action) {
        return switch (action) {
            case EDIT -> this;
            case SUBMIT -> SUBMITTED;
            case SELECT -> SELECTED;
            case RETURN -> RETURNED;
        };
    }

    /** True once the city has handed the case in: reviewers see it from then on, returned or not. */
    public boolean submittedOnce() {
        return this != DRAFT;
    }
}
