package org.pilotops.city.entity;

/** Where a city stands in the programme. */
public enum CityStatus {
    ACTIVE, CONCLUDED, WITHDRAWN
}
