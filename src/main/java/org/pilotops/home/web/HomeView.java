package org.pilotops.home.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.boundary.RecordKinds;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;

/** {@code index.xhtml}: the signed-in user's roles, the cities they follow and the records they can open. */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    CityDirectory cities;

    @Inject
    RecordKinds kinds;

    private Actor actor;
    private List<CityDto> visibleCities;

    @PostConstruct
    void load() {
        actor = current.get();
        visibleCities = cities.cities().stream().filter(c -> actor.sees(c.id())).toList();
    }

    public Actor getActor() {
        return actor;
    }

    public List<String> getRoles() {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }

    public List<CityDto> getVisibleCities() {
        return visibleCities;
    }

    public List<String> getKindPaths() {
        return kinds.all().stream().map(RecordKind::path).toList();
    }

    public boolean isAdmin() {
        return actor.has(org.pilotops.platform.security.Role.ADMIN);
    }

    public boolean isSeesRecords() {
        return !visibleCities.isEmpty();
    }

    /** Where a click on a kind leads: the list of the first city the user follows. */
    public Long getFirstCityId() {
        return visibleCities.isEmpty() ? null : visibleCities.get(0).id();
    }
}
