package org.pilotops.filing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.field.ApplicationNumbers;
import org.pilotops.platform.field.PatentApplicationNumber;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.Sme;

/**
 * A patent application an attorney filed for an SME free of charge. The application number's type digit
 * must match the patent type; the number is unique within the city.
 */
@Entity
@Table(name = "free_filing")
public class FreeFiling extends CityRecord {

    @Column(name = "attorney_id", nullable = false)
    private Long attorneyId;

    /** The attorney's agency; shown as {@code agencyId} (SPEC §3). */
    @Column(name = "service_agency_id", nullable = false)
    private Long serviceAgencyId;

    /** {@code @Valid}, so the credit-code check also runs when JPA stores the record, not only in forms. */
    @Embedded
    @Valid
    private Sme sme = new Sme();

    @PatentApplicationNumber
    @Column(name = "application_number", nullable = false)
    private String applicationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "patent_type", nullable = false)
    private PatentType patentType;

    @Column(name = "filing_date", nullable = false)
    private LocalDate filingDate;

    @Override
    public LocalDate mainDate() {
        return filingDate;
    }

    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> violations = new ArrayList<>(sme.violations());
        if (!patentType.matchesTypeDigit(ApplicationNumbers.typeDigit(applicationNumber))) {
            violations.add(Violation.of("applicationNumber", "application-number.type",
                    String.valueOf(ApplicationNumbers.typeDigit(applicationNumber)), patentType.name()));
        }
        return violations;
    }

    public Long getAttorneyId() {
        return attorneyId;
    }

    public void setAttorneyId(Long attorneyId) {
        this.attorneyId = attorneyId;
    }

    public Long getServiceAgencyId() {
        return serviceAgencyId;
    }

    public void setServiceAgencyId(Long serviceAgencyId) {
        this.serviceAgencyId = serviceAgencyId;
    }

    public Sme getSme() {
        return sme;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public void setApplicationNumber(String applicationNumber) {
        this.applicationNumber = applicationNumber;
    }

    public PatentType getPatentType() {
        return patentType;
    }

    public void setPatentType(PatentType patentType) {
        this.patentType = patentType;
    }

    public LocalDate getFilingDate() {
        return filingDate;
    }

    public void setFilingDate(LocalDate filingDate) {
        this.filingDate = filingDate;
    }
}
