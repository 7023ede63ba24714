package org.pilotops.pledge.entity;

/** Who provided the financing against the pledged patents. */
public enum LenderType {
    BANK, INSURER, GUARANTOR, CROWDFUNDING, OTHER
}
