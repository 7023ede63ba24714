package org.pilotops.navigation.entity;

/** Progress of a navigation project. */
public enum ProjectStatus {
    PLANNED, ONGOING, COMPLETED
}
