package org.pilotops.navigation.entity;

/** The two kinds of patent navigation the notice names. */
public enum NavigationType {
    /** 产业规划类. */
    INDUSTRY_PLANNING,
    /** 企业运营类. */
    ENTERPRISE_OPERATION
}
