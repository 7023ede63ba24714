package org.pilotops.city.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provincial-level unit, identified by its GB/T 2260 code. Reference data, kept by migrations. */
@Entity
@Table(name = "province")
public class Province {

    @Id
    @Column(name = "id")
    private Integer id;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ProvinceType kind;

    /** The province a 计划单列市 lies in; null for every other kind. */
    @Column(name = "parent_id")
    private Integer parentId;

    protected Province() {
    }

    /** A unit as a migration stores it; the application never adds one. */
    Province(int id, String nameZh, String nameEn, ProvinceType kind, Integer parentId) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.parentId = parentId;
    }

    /**
     * Whether a GB/T 2260 division code lies in this unit: its first two digits are the province's; a
     * 计划单列市 owns the codes of its own four digits; the XPCC's cities are administered by Xinjiang and
     * carry its codes for 自治区直辖县级行政区划 (6590xx).
     */
    public boolean includes(String divisionCode) {
        String prefix = switch (kind) {
            case SEPARATELY_PLANNED_CITY -> Integer.toString(id).substring(0, 4);
            case XPCC -> "6590";
            default -> Integer.toString(id).substring(0, 2);
        };
        return divisionCode.startsWith(prefix);
    }

    public Integer getId() {
        return id;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public ProvinceType getKind() {
        return kind;
    }

    public Integer getParentId() {
        return parentId;
    }
}
