package org.pilotops.agency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.pilotops.platform.persistence.BaseEntity;

/**
 * A patent attorney (专利代理人) of a service agency. The notice asks each attorney in a pilot city to file
 * one patent application a year for an SME free of charge; attorney coverage is measured against them.
 */
@Entity
@Table(name = "patent_attorney")
public class PatentAttorney extends BaseEntity {

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "licence_number", nullable = false)
    private String licenceNumber;

    protected PatentAttorney() {
    }

    public PatentAttorney(long agencyId, String name, String licenceNumber) {
        this.agencyId = agencyId;
        describe(name, licenceNumber);
    }

    public final void describe(String name, String licenceNumber) {
        this.name = name;
        this.licenceNumber = licenceNumber;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getName() {
        return name;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }
}
