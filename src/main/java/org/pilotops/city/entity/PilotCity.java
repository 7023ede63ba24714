package org.pilotops.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
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

    /**
     * A city an administrator registers. It is never demo data: only the demo seed makes demo cities, so
     * the label keeps meaning "invented for the demo".
     */
    public PilotCity(Profile profile) {
        describe(profile);
    }

    /** What an administrator keeps about a pilot city; the pilot period never ends before it starts. */
    public record Profile(String divisionCode, String nameZh, String nameEn, int provinceId, CityLevel level, int batch,
                          int pilotStartYear, int pilotEndYear, CityStatus status) {
        public Profile {
            Objects.requireNonNull(divisionCode);
            Objects.requireNonNull(nameZh);
            Objects.requireNonNull(nameEn);
            Objects.requireNonNull(level);
            Objects.requireNonNull(status);
            if (pilotEndYear < pilotStartYear) {
                throw new IllegalArgumentException("A pilot period ends no earlier than it starts");
            }
        }
    }

    /** Sets what an administrator keeps about the city; whether it is demo data stays as it was. */
    public final void describe(Profile profile) {
        divisionCode = profile.divisionCode();
        nameZh = profile.nameZh();
        nameEn = profile.nameEn();
        provinceId = profile.provinceId();
        level = profile.level();
        batch = profile.batch();
        pilotStartYear = profile.pilotStartYear();
        pilotEndYear = profile.pilotEndYear();
        status = profile.status();
    }

    /** Whether a year lies in the city's pilot period, the years its parks' figures are reported for. */
    public boolean inPilot(int year) {
        return year >= pilotStartYear && year <= pilotEndYear;
    }

    /**
     * Whether the city takes one of its province's places (各省可推荐1-2个城市): a city that withdrew
     * from the programme no longer does.
     */
    public boolean countsAgainstProvince() {
        return status != CityStatus.WITHDRAWN;
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
