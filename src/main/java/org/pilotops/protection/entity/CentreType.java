package org.pilotops.protection.entity;

/** The two kinds of centre the notice names. */
public enum CentreType {
    /** 快速维权中心. */
    RAPID_RIGHTS_PROTECTION,
    /** 知识产权保护中心. */
    IP_PROTECTION
}
