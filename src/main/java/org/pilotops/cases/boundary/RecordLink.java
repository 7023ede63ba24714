package org.pilotops.cases.boundary;

/**
 * A backing record as a client names it: its kind's code (the record kind's REST path, e.g.
 * {@code navigation-projects}) and its id. Checked on every save: the kind exists and the record belongs
 * to the case's city.
 */
public record RecordLink(String kind, Long id) {
}
