package org.pilotops.city.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ParkDto;
import org.pilotops.city.boundary.ParkYearDto;
import org.pilotops.platform.problem.NotFoundException;

/**
 * {@code city/view.xhtml?id=…}: a pilot city, its parks with their figures per year and the compliance
 * flags the notice's rules raise (each park judged on its latest year).
 */
@Named
@ViewScoped
public class CityView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CityDirectory cities;

    private CityDto city;
    private List<ParkDto> parks;
    private List<Integer> years;

    @PostConstruct
    void load() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            city = cities.city(Long.parseLong(id == null ? "" : id.strip())).orElseThrow(NotFoundException::new);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        parks = cities.parksOf(city.id());
        years = IntStream.concat(IntStream.rangeClosed(city.pilotStartYear(), city.pilotEndYear()),
                        parks.stream().flatMap(p -> p.years().stream()).mapToInt(ParkYearDto::year))
                .distinct().sorted().boxed().toList();
    }

    public CityDto getCity() {
        return city;
    }

    public List<ParkDto> getParks() {
        return parks;
    }

    /** The pilot years, and any other year a park has figures for: the columns of the figures table. */
    public List<Integer> getYears() {
        return years;
    }
}
