package org.pilotops.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.boundary.RecordKinds;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;

/**
 * The menu every page shows, limited to what the signed-in role may use: the record kinds of the city
 * the user is looking at (the page's {@code city} parameter when the user sees that city, else the first
 * city they follow), and the administrator's pages. Features not built yet have no entry at all.
 * Decided from the actor alone, without a query, because every page renders it.
 */
@Named
@RequestScoped
public class PortalMenu {

    @Inject
    CurrentActor current;

    @Inject
    RecordKinds kinds;

    public boolean isSignedIn() {
        return current.signedIn();
    }

    /** The city whose records the menu's kind entries open, or null when the user sees no city. */
    public Long getCityId() {
        Actor actor = current.get();
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("city");
        try {
            if (requested != null && actor.sees(Long.parseLong(requested.strip()))) {
                return Long.parseLong(requested.strip());
            }
        } catch (NumberFormatException e) {
            // not a city id: fall back to the user's own
        }
        if (actor.cityId() != null && actor.sees(actor.cityId())) {
            return actor.cityId();
        }
        return actor.visibleCityIds().stream().min(Long::compare).orElse(null);
    }

    public boolean isRecords() {
        return isSignedIn() && getCityId() != null;
    }

    public List<String> getKindPaths() {
        return kinds.all().stream().map(RecordKind::path).toList();
    }

    public boolean isAdmin() {
        return isSignedIn() && current.get().has(Role.ADMIN);
    }
}
