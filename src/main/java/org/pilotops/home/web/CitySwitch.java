package org.pilotops.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.pilotops.city.boundary.VisibleCities;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;

/**
 * The city in view, and the shell's switcher for users who see several cities. The city lives in the
 * page's address ({@code city=…}, or {@code id=…} on a city's own page), so a link or the back button
 * brings the same city back: switching is a redirect to the address of the same page for the other
 * city (a record's form goes back to the list of its kind, since the record belongs to the old city).
 *
 * <p>That address is worked out when the page is first rendered, from its request parameters, and kept
 * in the view: the switch's Ajax post no longer carries them.
 */
@Named
@RequestScoped
public class CitySwitch {

    /** Pages whose address names a city, and the page the switch leads to from each. */
    private static final Map<String, String> SWITCHED_TO = Map.of(
            "/records/list.xhtml", "/records/list.xhtml",
            "/records/import.xhtml", "/records/import.xhtml",
            "/records/edit.xhtml", "/records/list.xhtml");

    private static final String TARGET = CitySwitch.class.getName() + ".target";

    @Inject
    CurrentActor current;

    @Inject
    VisibleCities visible;

    private Long cityId;

    /** Shown only to users who see more than one city. */
    public boolean isShown() {
        return current.signedIn() && current.get().visibleCityIds().size() > 1;
    }

    /** The cities the user sees, in the directory's order (by province, then division code). */
    public List<CityDto> getCities() {
        return visible.all();
    }

    /**
     * The city in view: the one the address names when the user sees it, else the user's own, else the
     * first the user sees; null for a user who sees none.
     */
    public Long getCityId() {
        if (cityId == null) {
            Actor actor = current.get();
            Long requested = number(parameter(cityPage() ? "id" : "city"));
            if (requested != null && actor.sees(requested)) {
                cityId = requested;
            } else if (actor.cityId() != null && actor.sees(actor.cityId())) {
                cityId = actor.cityId();
            } else {
                cityId = getCities().stream().map(CityDto::id).findFirst().orElse(null);
            }
        }
        rememberTarget();
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    /** The switch's listener: the same page, or the city's own page, for the city chosen. */
    public void switched() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target = (String) FacesContext.getCurrentInstance().getViewRoot().getViewMap().get(TARGET);
        if (cityId == null || !current.get().sees(cityId) || target == null) {
            return;
        }
        try {
            external.redirect(external.getRequestContextPath() + target + cityId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On the first rendering of a page, the address the switch will lead to, less the city id. */
    private void rememberTarget() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback() || faces.getViewRoot() == null) {
            return;
        }
        String page = SWITCHED_TO.get(faces.getViewRoot().getViewId());
        String kind = parameter("kind");
        String target = page != null && kind != null && kind.matches("[a-z-]+")
                ? page + "?kind=" + kind + "&city="
                : "/city/view.xhtml?id=";
        faces.getViewRoot().getViewMap().put(TARGET, target);
    }

    private boolean cityPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null && "/city/view.xhtml".equals(faces.getViewRoot().getViewId());
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
