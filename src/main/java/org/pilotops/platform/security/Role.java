package org.pilotops.platform.security;

/** The roles of SPEC §1. A scoped role is bound to the city, province or agency of its account. */
public enum Role {
    /** Staff of a pilot city's IP office or SME authority: logs and reports for its own city. */
    CITY_REPORTER,
    /** Staff of a service agency: logs the services its agency delivers in the cities it serves. */
    AGENCY_STAFF,
    /** Provincial IP office or SME authority: follows the cities of its province, endorses summaries. */
    PROVINCE_REVIEWER,
    /** CNIPA and MIIT reviewers: read everything, accept summaries, select typical cases. */
    NATIONAL_REVIEWER,
    /** Platform operator: reference data and accounts, no review powers. */
    ADMIN
}
