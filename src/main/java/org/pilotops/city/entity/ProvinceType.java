package org.pilotops.city.entity;

/** The kinds of provincial-level unit that report to the national offices. */
public enum ProvinceType {
    PROVINCE, AUTONOMOUS_REGION, MUNICIPALITY,
    /** 计划单列市: province-level for the programme, geographically inside a province. */
    SEPARATELY_PLANNED_CITY,
    /** 新疆生产建设兵团. */
    XPCC
}
