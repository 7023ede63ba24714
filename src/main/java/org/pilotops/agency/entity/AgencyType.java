package org.pilotops.agency.entity;

/** What a service agency mainly does for SMEs. */
public enum AgencyType {
    PATENT_AGENCY, TRUSTEESHIP_PROVIDER, NAVIGATION_PROVIDER, TRAINING_PROVIDER
}
