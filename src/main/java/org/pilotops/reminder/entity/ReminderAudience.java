package org.pilotops.reminder.entity;

/** Who a reminder rule writes to. */
public enum ReminderAudience {
    /** The city reporters of the city concerned. */
    CITY_REPORTERS,
    /** The reviewers of the province concerned. */
    PROVINCE_REVIEWERS,
    /** Every national reviewer. */
    NATIONAL_REVIEWERS
}
