package org.pilotops.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.pilotops.platform.persistence.BaseEntity;

/**
 * A park's figures of one year, as its city reported them: invention patents per 10,000 population
 * (每万人口发明专利拥有量), whether it has an IP management department, and its full-time IP staff. The
 * notice's 48.4 floor is judged on each year's figures, so a park can be below it one year and not the next.
 */
@Entity
@Table(name = "park_year")
public class ParkYear extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "park_id", nullable = false, updatable = false)
    private Park park;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Column(name = "invention_patents_per_10k", nullable = false)
    private BigDecimal inventionPatentsPer10k;

    @Column(name = "has_ip_department", nullable = false)
    private boolean hasIpDepartment;

    @Column(name = "full_time_ip_staff", nullable = false)
    private int fullTimeIpStaff;

    protected ParkYear() {
    }

    ParkYear(Park park, int year, BigDecimal inventionPatentsPer10k, boolean hasIpDepartment, int fullTimeIpStaff) {
        this.park = park;
        this.year = year;
        report(inventionPatentsPer10k, hasIpDepartment, fullTimeIpStaff);
    }

    /** Sets the year's figures; a count of patents or staff below zero is no figure at all. */
    final void report(BigDecimal inventionPatentsPer10k, boolean hasIpDepartment, int fullTimeIpStaff) {
        if (Objects.requireNonNull(inventionPatentsPer10k).signum() < 0 || fullTimeIpStaff < 0) {
            throw new IllegalArgumentException("Park figures are never negative");
        }
        this.inventionPatentsPer10k = inventionPatentsPer10k;
        this.hasIpDepartment = hasIpDepartment;
        this.fullTimeIpStaff = fullTimeIpStaff;
    }

    /** The compliance flag of this year, shown but never blocking: below the notice's 48.4. */
    public boolean belowPatentDensityFloor() {
        return inventionPatentsPer10k.compareTo(Park.PATENT_DENSITY_FLOOR) < 0;
    }

    public Park getPark() {
        return park;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getInventionPatentsPer10k() {
        return inventionPatentsPer10k;
    }

    public boolean isHasIpDepartment() {
        return hasIpDepartment;
    }

    public int getFullTimeIpStaff() {
        return fullTimeIpStaff;
    }
}
