package org.pilotops.city.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;

/**
 * The pilot cities the signed-in user sees, in the directory's order (by province, then division code),
 * with their compliance flags: read once per request, however many parts of a page ask — the shell's city
 * switch, a record list's city choice, a home page's table.
 */
@RequestScoped
public class VisibleCities {

    @Inject
    CityDirectory directory;

    @Inject
    CurrentActor current;

    private List<CityDto> cities;

    public List<CityDto> all() {
        if (cities == null) {
            Actor actor = current.get();
            cities = directory.cities().stream().filter(c -> actor.sees(c.id())).toList();
        }
        return cities;
    }

    /** The city of this id if the user sees it. */
    public Optional<CityDto> city(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }
}
