package org.pilotops.trusteeship.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.Sme;

/**
 * A trusteeship contract: a service agency (the trustee) manages an SME's patents for a fee. Its
 * reporting year is the year the contract started.
 */
@Entity
@Table(name = "trusteeship_contract")
public class TrusteeshipContract extends CityRecord {

    /** The trustee; shown as {@code agencyId} (SPEC §3). */
    @Column(name = "service_agency_id", nullable = false)
    private Long serviceAgencyId;

    /** {@code @Valid}, so the credit-code check also runs when JPA stores the record, not only in forms. */
    @Embedded
    @Valid
    private Sme sme = new Sme();

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "fee", nullable = false)
    private BigDecimal fee;

    @Column(name = "patents_managed")
    private Integer patentsManaged;

    @Column(name = "scope")
    private String scope;

    @Override
    public LocalDate mainDate() {
        return startDate;
    }

    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> violations = new ArrayList<>(sme.violations());
        violations.addAll(periodViolations(startDate, endDate));
        return violations;
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    public Integer getPatentsManaged() {
        return patentsManaged;
    }

    public void setPatentsManaged(Integer patentsManaged) {
        this.patentsManaged = patentsManaged;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
