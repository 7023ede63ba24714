package org.pilotops.pledge.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.validation.Valid;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.Sme;

/**
 * One pledge financing of an SME: who lent how much against how many patents. Its reporting year is the
 * year the contract was signed; the amounts add up to the city's pledge-financing indicator.
 */
@Entity
@Table(name = "pledge_financing")
public class PledgeFinancing extends CityRecord {

    /** {@code @Valid}, so the credit-code check also runs when JPA stores the record, not only in forms. */
    @Embedded
    @Valid
    private Sme sme = new Sme();

    @Enumerated(EnumType.STRING)
    @Column(name = "lender_type", nullable = false)
    private LenderType lenderType;

    @Column(name = "lender_name", nullable = false)
    private String lenderName;

    @Column(name = "amount", nullable = false)
    private BigDecimal amount;

    @Column(name = "patents_pledged", nullable = false)
    private int patentsPledged;

    @Column(name = "contract_date", nullable = false)
    private LocalDate contractDate;

    @Column(name = "term_months", nullable = false)
    private int termMonths;

    @Override
    public LocalDate mainDate() {
        return contractDate;
    }

    @Override
    public List<Violation> crossFieldViolations() {
        return sme.violations();
    }

    public Sme getSme() {
        return sme;
    }

    public LenderType getLenderType() {
        return lenderType;
    }

    public void setLenderType(LenderType lenderType) {
        this.lenderType = lenderType;
    }

    public String getLenderName() {
        return lenderName;
    }

    public void setLenderName(String lenderName) {
        this.lenderName = lenderName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Integer getPatentsPledged() {
        return patentsPledged;
    }

    public void setPatentsPledged(Integer patentsPledged) {
        this.patentsPledged = patentsPledged;
    }

    public LocalDate getContractDate() {
        return contractDate;
    }

    public void setContractDate(LocalDate contractDate) {
        this.contractDate = contractDate;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }
}
