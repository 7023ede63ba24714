package org.pilotops.agency.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.agency.boundary.AgencyDto;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;

/** {@code agency/list.xhtml}: the administrator's list of service agencies, the cities they serve and their attorneys. */
@Named
@ViewScoped
public class AgencyListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    AgencyDirectory agencies;

    @Inject
    CityDirectory cities;

    private List<AgencyDto> list;
    private Map<Long, String> cityNames;

    @PostConstruct
    void load() {
        if (!current.get().has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.admin");
        }
        list = agencies.agencies();
        cityNames = cities.cities().stream().collect(Collectors.toMap(CityDto::id, CityDto::nameZh));
    }

    public List<AgencyDto> getAgencies() {
        return list;
    }

    public String cities(AgencyDto agency) {
        return agency.cityIds().stream().map(id -> cityNames.getOrDefault(id, "#" + id)).collect(Collectors.joining("、"));
    }

    public int attorneys(AgencyDto agency) {
        return agencies.attorneysOf(agency.id()).size();
    }
}
