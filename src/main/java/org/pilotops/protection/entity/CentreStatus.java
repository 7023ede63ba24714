package org.pilotops.protection.entity;

/** How far a centre has come. */
public enum CentreStatus {
    PLANNED, UNDER_CONSTRUCTION, OPERATING
}
