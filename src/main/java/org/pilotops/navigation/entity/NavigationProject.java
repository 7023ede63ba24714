package org.pilotops.navigation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;

/**
 * A patent navigation project of a pilot city. Its reporting year is the year it started;
 * {@code smesReached} counts the SMEs its results were pushed to (推送), an indicator of SPEC §5.
 */
@Entity
@Table(name = "navigation_project")
public class NavigationProject extends CityRecord {

    @Column(name = "title", nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private NavigationType type;

    @Column(name = "industry", nullable = false)
    private String industry;

    @Column(name = "lead_organisation", nullable = false)
    private String leadOrganisation;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "budget", nullable = false)
    private BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProjectStatus status;

    /** Null when the city has not said: "unknown" must stay apart from "none" in the indicators. */
    @Column(name = "smes_reached")
    private Integer smesReached;

    @Override
    public LocalDate mainDate() {
        return startDate;
    }

    @Override
    public List<Violation> crossFieldViolations() {
        List<Violation> violations = new ArrayList<>(periodViolations(startDate, endDate));
        if (status == ProjectStatus.COMPLETED && endDate == null) {
            violations.add(Violation.of("endDate", "navigation.completed-needs-end"));
        }
        return violations;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public NavigationType getType() {
        return type;
    }

    public void setType(NavigationType type) {
        this.type = type;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getLeadOrganisation() {
        return leadOrganisation;
    }

    public void setLeadOrganisation(String leadOrganisation) {
        this.leadOrganisation = leadOrganisation;
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

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Integer getSmesReached() {
        return smesReached;
    }

    public void setSmesReached(Integer smesReached) {
        this.smesReached = smesReached;
    }
}
