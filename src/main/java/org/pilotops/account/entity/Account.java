package org.pilotops.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.pilotops.platform.persistence.BaseEntity;
import org.pilotops.platform.security.Role;

/**
 * A person who signs in. The password is kept only as a salted PBKDF2 hash that names its own algorithm
 * and iteration count. A scoped role is meaningful only with its scope: a city reporter has a city, a
 * province reviewer a province, agency staff an agency.
 */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "city_id")
    private Long cityId;

    @Column(name = "province_id")
    private Integer provinceId;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getCityId() {
        return cityId;
    }

    public Integer getProvinceId() {
        return provinceId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
