package org.pilotops.cases.entity;

/**
 * What someone can do to a typical case. {@link CaseStatus} says in which state each is allowed and where
 * it leads; who may do it is the business of {@code control.CaseReviewPolicy}.
 */
public enum CaseAction {
    /** The city writes or changes the case, its backing records and its attachments. */
    EDIT,
    /** The city hands the case in (again, after a return); every part must be written. */
    SUBMIT,
    /** A national reviewer selects the case for the year's compilation. */
    SELECT,
    /** A national reviewer sends the case back to the city, saying why. */
    RETURN
}
