package org.pilotops.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pilotops.account.boundary.AccountDto;
import org.pilotops.account.boundary.AccountService;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.agency.boundary.AgencyDto;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.security.CurrentActor;

/** {@code account/list.xhtml}: the administrator's list of accounts with their roles and what they are bound to. */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    AccountService service;

    @Inject
    CityDirectory cities;

    @Inject
    AgencyDirectory agencies;

    private List<AccountDto> accounts;
    private Map<Long, String> cityNames;
    private Map<Integer, String> provinceNames;
    private Map<Long, String> agencyNames;

    @PostConstruct
    void load() {
        // The service refuses everyone but administrators; the refusal becomes the 403 page.
        accounts = service.accounts(current.get());
        cityNames = cities.cities().stream().collect(Collectors.toMap(CityDto::id, CityDto::nameZh));
        provinceNames = cities.provinces().stream().collect(Collectors.toMap(ProvinceDto::id, ProvinceDto::nameZh));
        agencyNames = agencies.agencies().stream().collect(Collectors.toMap(AgencyDto::id, AgencyDto::name));
    }

    public List<AccountDto> getAccounts() {
        return accounts;
    }

    /** The city, province and agency the account is bound to, by name. */
    public String scope(AccountDto account) {
        List<String> names = new ArrayList<>();
        if (account.cityId() != null) {
            names.add(cityNames.getOrDefault(account.cityId(), "#" + account.cityId()));
        }
        if (account.provinceId() != null) {
            names.add(provinceNames.getOrDefault(account.provinceId(), "#" + account.provinceId()));
        }
        if (account.agencyId() != null) {
            names.add(agencyNames.getOrDefault(account.agencyId(), "#" + account.agencyId()));
        }
        return String.join("、", names);
    }
}
