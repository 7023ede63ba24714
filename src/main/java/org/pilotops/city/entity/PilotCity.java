package org.pilotops.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.pilotops.platform.persistence.BaseEntity;

/**
 * A city approved as a pilot (试点城市), identified by its GB/T 2260 division code. Every logged record,
 * annual summary and typical case belongs to one.
 */
@Entity
@Table(name = "pilot_city")
public class PilotCity extends BaseEntity {

    @Column(name = "division_code", nullable = false)
    private String divisionCode;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "province_id", nullable = false)
    private Integer provinceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private CityLevel level;

    @Column(name = "batch", nullable = false)
    private int batch;

    @Column(name = "pilot_start_year", nullable = false)
    private int pilotStartYear;

    @Column(name = "pilot_end_year", nullable = false)
    private int pilotEndYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CityStatus status;

    /** True for cities that exist only in demo data; the portal labels them. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    protected PilotCity() {
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Integer getProvinceId() {
        return provinceId;
    }

    public CityLevel getLevel() {
        return level;
    }

    public int getBatch() {
        return batch;
    }

    public int getPilotStartYear() {
        return pilotStartYear;
    }

    public int getPilotEndYear() {
        return pilotEndYear;
    }

    public CityStatus getStatus() {
        return status;
    }

    public boolean isDemo() {
        return demo;
    }
}
