package org.pilotops.training.entity;

/** Who a training session was for, in the notice's three groups. */
public enum TrainingAudience {
    /** 经营管理者. */
    MANAGERS,
    /** 专业技术研发人员. */
    TECHNICAL_STAFF,
    /** 分行业实务人员. */
    PRACTITIONERS
}
