package org.pilotops.city.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pilotops.platform.persistence.BaseEntity;

/**
 * An SME-cluster park (中小企业集聚园区) of a pilot city; the notice asks for 2–3 per city. Its figures are
 * kept per year ({@link ParkYear}): the admission floor of 48.4 invention patents per 10,000 population is
 * judged on a year's figures, by default on the latest year the city reported.
 */
@Entity
@Table(name = "park")
public class Park extends BaseEntity {

    /** The notice's admission floor: 48.4 invention patents per 10,000 population. */
    public static final BigDecimal PATENT_DENSITY_FLOOR = new BigDecimal("48.4");

    @Column(name = "city_id", nullable = false, updatable = false)
    private Long cityId;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @OneToMany(mappedBy = "park", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year ASC")
    private List<ParkYear> years = new ArrayList<>();

    protected Park() {
    }

    public Park(long cityId, String nameZh, String nameEn) {
        this.cityId = cityId;
        rename(nameZh, nameEn);
    }

    /** The park's names; the English one is optional. */
    public final void rename(String nameZh, String nameEn) {
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = nameEn;
    }

    /**
     * Records the figures of a year: corrects them when the year has figures already, adds the year
     * otherwise. Returns the year's figures.
     */
    public ParkYear report(int year, BigDecimal inventionPatentsPer10k, boolean hasIpDepartment, int fullTimeIpStaff) {
        Optional<ParkYear> known = figuresOf(year);
        if (known.isPresent()) {
            known.get().report(inventionPatentsPer10k, hasIpDepartment, fullTimeIpStaff);
            return known.get();
        }
        ParkYear added = new ParkYear(this, year, inventionPatentsPer10k, hasIpDepartment, fullTimeIpStaff);
        years.add(added);
        return added;
    }

    /** Removes a year's figures, e.g. ones entered for the wrong year; true when there were any. */
    public boolean withdrawFigures(int year) {
        return years.removeIf(y -> y.getYear() == year);
    }

    public Optional<ParkYear> figuresOf(int year) {
        return years.stream().filter(y -> y.getYear() == year).findFirst();
    }

    /** The figures of the most recent year the city reported; empty for a park without figures. */
    public Optional<ParkYear> latestFigures() {
        return years.stream().max(Comparator.comparingInt(ParkYear::getYear));
    }

    /**
     * The figures a park is judged by: those of {@code year}, or the latest ones when no year is asked
     * for. Empty when the park has no figures for that year: a year the city did not report is not judged,
     * neither by older figures nor by newer ones.
     */
    public Optional<ParkYear> figuresJudgedIn(Integer year) {
        return year == null ? latestFigures() : figuresOf(year);
    }

    /** The compliance flag, shown but never blocking: the park is below the notice's floor in that year. */
    public boolean belowPatentDensityFloor(Integer year) {
        return figuresJudgedIn(year).map(ParkYear::belowPatentDensityFloor).orElse(false);
    }

    public Long getCityId() {
        return cityId;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The years with figures, oldest first. */
    public List<ParkYear> getYears() {
        return years.stream().sorted(Comparator.comparingInt(ParkYear::getYear)).toList();
    }
}
