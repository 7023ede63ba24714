package org.pilotops.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.pilotops.platform.persistence.BaseEntity;

/** An SME-cluster park (中小企业集聚园区) of a pilot city; the notice asks for 2–3 per city. */
@Entity
@Table(name = "park")
public class Park extends BaseEntity {

    /** The notice's admission floor: 48.4 invention patents per 10,000 population. */
    public static final BigDecimal PATENT_DENSITY_FLOOR = new BigDecimal("48.4");

    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "invention_patents_per_10k", nullable = false)
    private BigDecimal inventionPatentsPer10k;

    @Column(name = "has_ip_department", nullable = false)
    private boolean hasIpDepartment;

    @Column(name = "full_time_ip_staff", nullable = false)
    private int fullTimeIpStaff;

    protected Park() {
    }

    /** A compliance flag, shown but never blocking: the park is below the notice's floor. */
    public boolean belowPatentDensityFloor() {
        return inventionPatentsPer10k.compareTo(PATENT_DENSITY_FLOOR) < 0;
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
