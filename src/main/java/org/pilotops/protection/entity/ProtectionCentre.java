package org.pilotops.protection.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;

/**
 * A rights-protection or IP protection centre of a pilot city, optionally placed in one of its parks.
 * Its reporting year is the year it opened (or is planned to); its caseload is kept per year.
 */
@Entity
@Table(name = "protection_centre")
public class ProtectionCentre extends CityRecord {

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CentreType kind;

    @Column(name = "park_id")
    private Long parkId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CentreStatus status;

    @Column(name = "opening_date", nullable = false)
    private LocalDate openingDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "protection_centre_activity", joinColumns = @JoinColumn(name = "centre_id"))
    @OrderBy("year")
    private List<YearActivity> activity = new ArrayList<>();

    @Override
    public LocalDate mainDate() {
        return openingDate;
    }

    /** A centre that has not opened yet has no caseload. */
    @Override
    public List<Violation> crossFieldViolations() {
        if (status == CentreStatus.PLANNED && !activity.isEmpty()) {
            return List.of(Violation.of("activity", "activity.not-operating"));
        }
        return List.of();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CentreType getKind() {
        return kind;
    }

    public void setKind(CentreType kind) {
        this.kind = kind;
    }

    public Long getParkId() {
        return parkId;
    }

    public void setParkId(Long parkId) {
        this.parkId = parkId;
    }

    public CentreStatus getStatus() {
        return status;
    }

    public void setStatus(CentreStatus status) {
        this.status = status;
    }

    public LocalDate getOpeningDate() {
        return openingDate;
    }

    public void setOpeningDate(LocalDate openingDate) {
        this.openingDate = openingDate;
    }

    public List<YearActivity> getActivity() {
        return List.copyOf(activity);
    }

    public void setActivity(List<YearActivity> years) {
        activity.clear();
        if (years != null) {
            activity.addAll(years);
        }
    }
}
