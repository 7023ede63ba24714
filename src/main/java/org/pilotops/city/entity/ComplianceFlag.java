package org.pilotops.city.entity;

/**
 * The notice's admission rules, shown as flags on a city: never silent, never blocking data logged
 * before a rule was noticed to be broken.
 */
public enum ComplianceFlag {
    /** Fewer than 2 SME-cluster parks (每个申报城市可包括2-3个中小企业集聚的园区). */
    TOO_FEW_PARKS,
    /** More than 3 parks. */
    TOO_MANY_PARKS,
    /** A park below 48.4 invention patents per 10,000 population. */
    PARK_BELOW_DENSITY_FLOOR,
    /** The city's province has more than 2 pilot cities (各省可推荐1-2个城市). */
    PROVINCE_OVER_CITY_LIMIT
}
