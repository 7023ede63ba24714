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
    private ProvinceKind kind;

    /** The province a 计划单列市 lies in; null for every other kind. */
    @Column(name = "parent_id")
    private Integer parentId;

    protected Province() {
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

    public ProvinceKind getKind() {
        return kind;
    }

    public Integer getParentId() {
        return parentId;
    }
}
