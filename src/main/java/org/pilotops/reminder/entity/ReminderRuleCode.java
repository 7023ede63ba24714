package org.pilotops.reminder.entity;

/**
 * The reminder rules of SPEC §7. What a rule is about, its anchor date and its audience are fixed here;
 * when it fires (offsets, repetition, horizon) and whether it is on are data that national reviewers edit.
 */
public enum ReminderRuleCode {
    /**
     * The year-end summary, anchored on its due date, to the city's reporters while the city has not
     * submitted it (not started or draft): before the due date, on it, and repeating after it.
     */
    SUMMARY_DUE(ReminderAudience.CITY_REPORTERS),
    /** A digest of the province's cities whose summary is outstanding, to the province's reviewers. */
    SUMMARY_OVERDUE_PROVINCE_DIGEST(ReminderAudience.PROVINCE_REVIEWERS),
    /** A digest of every city whose summary is outstanding, to the national reviewers. */
    SUMMARY_OVERDUE_NATIONAL_DIGEST(ReminderAudience.NATIONAL_REVIEWERS),
    /** A returned summary not yet resubmitted, anchored on the day of the return, to the city's reporters. */
    SUMMARY_RETURNED(ReminderAudience.CITY_REPORTERS),
    /**
     * The 2020 typical-case compilation, anchored on its due date, to the reporters of cities that have
     * not submitted a case.
     */
    CASE_COMPILATION_DUE(ReminderAudience.CITY_REPORTERS);

    private final ReminderAudience audience;

    ReminderRuleCode(ReminderAudience audience) {
        this.audience = audience;
    }

    public ReminderAudience audience() {
        return audience;
    }
}
