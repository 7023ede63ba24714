package org.pilotops.agency.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.pilotops.platform.field.UnifiedSocialCreditCode;
import org.pilotops.platform.persistence.BaseEntity;

/**
 * An SME IP service agency registered in one or more pilot cities; its staff log the services it
 * delivers there.
 */
@Entity
@Table(name = "service_agency")
public class ServiceAgency extends BaseEntity {

    @Column(name = "name", nullable = false)
    private String name;

    /** Unified social credit code (统一社会信用代码). */
    @UnifiedSocialCreditCode
    @Column(name = "credit_code", nullable = false)
    private String creditCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AgencyType kind;

    @ElementCollection
    @CollectionTable(name = "agency_city", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "city_id")
    private Set<Long> cityIds = new HashSet<>();

    protected ServiceAgency() {
    }

    public ServiceAgency(String name, String creditCode, AgencyType kind, Set<Long> cityIds) {
        describe(name, creditCode, kind, cityIds);
    }

    /** Sets what an administrator keeps about the agency, including the pilot cities it is registered in. */
    public final void describe(String name, String creditCode, AgencyType kind, Set<Long> cityIds) {
        this.name = name;
        this.creditCode = creditCode;
        this.kind = kind;
        this.cityIds.clear();
        this.cityIds.addAll(cityIds);
    }

    public boolean serves(long cityId) {
        return cityIds.contains(cityId);
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public AgencyType getKind() {
        return kind;
    }

    public Set<Long> getCityIds() {
        return Set.copyOf(cityIds);
    }
}
