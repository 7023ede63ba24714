package org.pilotops.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.pilotops.account.boundary.AccountDto;
import org.pilotops.account.boundary.AccountService;
import org.pilotops.account.boundary.IssuedPasswordDto;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.agency.boundary.AgencyDto;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.web.PageMessages;

/**
 * {@code account/edit.xhtml[?id=…]}: creates an account or corrects one, and resets its password. The
 * page's {@code id} is a view parameter; {@link #load} runs as its view action. A one-time password is
 * shown on this page right after it was issued, and never again.
 */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    AccountService service;

    @Inject
    CityDirectory cities;

    @Inject
    AgencyDirectory agencies;

    @Inject
    PageMessages messages;

    private Long id;
    private long version;
    private String username;
    private String displayName;
    private String email;
    private List<String> roles = new ArrayList<>();
    private Long cityId;
    private Integer provinceId;
    private Long agencyId;
    private boolean enabled = true;
    private boolean passwordChangeRequired;
    private String issuedPassword;

    @PostConstruct
    void refuseNonAdministrators() {
        // Also when the view parameter fails to convert and the view action never runs.
        if (!current.get().has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.accounts");
        }
    }

    /** The view action: shows the account {@code id} names (404 when there is none); without one, a new account. */
    public void load() {
        if (id != null) {
            show(service.account(current.get(), id));
        }
    }

    private void show(AccountDto account) {
        id = account.id();
        version = account.version();
        username = account.username();
        displayName = account.displayName();
        email = account.email();
        roles = new ArrayList<>(account.roles());
        cityId = account.cityId();
        provinceId = account.provinceId();
        agencyId = account.agencyId();
        enabled = account.enabled();
        passwordChangeRequired = account.passwordChangeRequired();
    }

    public void save() {
        AccountService.AccountForm form = new AccountService.AccountForm(username, displayName, email,
                new HashSet<>(roles), cityId, provinceId, agencyId, enabled, id == null ? null : version);
        try {
            if (id == null) {
                issued(service.create(current.get(), form));
            } else {
                show(service.update(current.get(), id, form));
                issuedPassword = null;
            }
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "account:");
            return;
        }
        messages.info("records.saved");
    }

    public void resetPassword() {
        try {
            issued(service.resetPassword(current.get(), id));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "account:");
        }
    }

    private void issued(IssuedPasswordDto issued) {
        show(issued.account());
        issuedPassword = issued.oneTimePassword();
    }

    public List<String> getRoleChoices() {
        return Arrays.stream(Role.values()).map(Enum::name).toList();
    }

    public List<CityDto> getCities() {
        return cities.cities();
    }

    public List<ProvinceDto> getProvinces() {
        return cities.provinces();
    }

    public List<AgencyDto> getAgencies() {
        return agencies.agencies();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public Integer getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Integer provinceId) {
        this.provinceId = provinceId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }
}
