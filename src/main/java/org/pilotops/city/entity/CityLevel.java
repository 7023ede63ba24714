package org.pilotops.city.entity;

/** Administrative level of a pilot city. */
public enum CityLevel {
    /** 副省级. */
    SUB_PROVINCIAL,
    /** 地级市/州/盟. */
    PREFECTURE,
    /** 县级市. */
    COUNTY,
    /** 直辖市或计划单列市的市辖区. */
    MUNICIPAL_DISTRICT
}
