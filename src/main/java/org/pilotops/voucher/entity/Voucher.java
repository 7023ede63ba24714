package org.pilotops.voucher.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.Sme;

/**
 * A voucher issued to an SME. It counts as redeemed once it has both the date and the agency that
 * redeemed it; its reporting year is the year it was issued.
 */
@Entity
@Table(name = "voucher")
public class Voucher extends CityRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private VoucherScheme kind;

    @Column(name = "voucher_number", nullable = false)
    private String voucherNumber;

    /** {@code @Valid}, so the credit-code check also runs when JPA stores the record, not only in forms. */
    @Embedded
    @Valid
    private Sme sme = new Sme();

    @Column(name = "face_value", nullable = false)
    private BigDecimal faceValue;

    @Column(name = "issued_date", nullable = false)
    private LocalDate issuedDate;

    @Column(name = "redeemed_date")
    private LocalDate redeemedDate;

    @Column(name = "redeemed_agency_id")
    private Long redeemedAgencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false)
    private VoucherPurpose service;

    @Override
    public LocalDate mainDate() {
        return issuedDate;
    }

    public boolean isRedeemed() {
        return redeemedDate != null;
    }

    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> violations = new ArrayList<>(sme.violations());
        if (redeemedDate != null && redeemedAgencyId == null) {
            violations.add(Violation.of("redeemedAgencyId", "voucher.redemption-needs-agency"));
        }
        if (redeemedDate == null && redeemedAgencyId != null) {
            violations.add(Violation.of("redeemedDate", "voucher.redemption-needs-date"));
        }
        if (redeemedDate != null && redeemedDate.isBefore(issuedDate)) {
            violations.add(Violation.of("redeemedDate", "voucher.redeemed-before-issued"));
        }
        return violations;
    }

    public VoucherScheme getKind() {
        return kind;
    }

    public void setKind(VoucherScheme kind) {
        this.kind = kind;
    }

    public String getVoucherNumber() {
        return voucherNumber;
    }

    public void setVoucherNumber(String voucherNumber) {
        this.voucherNumber = voucherNumber;
    }

    public Sme getSme() {
        return sme;
    }

    public BigDecimal getFaceValue() {
        return faceValue;
    }

    public void setFaceValue(BigDecimal faceValue) {
        this.faceValue = faceValue;
    }

    public LocalDate getIssuedDate() {
        return issuedDate;
    }

    public void setIssuedDate(LocalDate issuedDate) {
        this.issuedDate = issuedDate;
    }

    public LocalDate getRedeemedDate() {
        return redeemedDate;
    }

    public void setRedeemedDate(LocalDate redeemedDate) {
        this.redeemedDate = redeemedDate;
    }

    public Long getRedeemedAgencyId() {
        return redeemedAgencyId;
    }

    public void setRedeemedAgencyId(Long redeemedAgencyId) {
        this.redeemedAgencyId = redeemedAgencyId;
    }

    public VoucherPurpose getService() {
        return service;
    }

    public void setService(VoucherPurpose service) {
        this.service = service;
    }
}
