package org.pilotops.city.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.CityService;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.security.CurrentActor;

/**
 * {@code city/admin-list.xhtml[?year=…]}: the administrator's list of pilot cities with their compliance
 * flags, judged on each park's latest year or on the year chosen.
 */
@Named
@ViewScoped
public class CityAdminListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    CityService service;

    @Inject
    CityDirectory directory;

    /** The year to judge, as the page's parameter gives it; blank for each park's latest year. */
    private String year;
    private List<CityDto> cities;
    private Map<Integer, ProvinceDto> provinces;

    /** The page's view action: only administrators see it. */
    public void load() {
        service.requireAdministrator(current.get());
        provinces = directory.provinces().stream().collect(Collectors.toMap(ProvinceDto::id, Function.identity()));
        judge();
    }

    /** Judges the flags again for the year now chosen. */
    public void judge() {
        cities = directory.cities(judgedYear());
    }

    private Integer judgedYear() {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            year = null;
            return null;
        }
    }

    /** The years any city's pilot period covers, to judge the flags in. */
    public List<Integer> getYears() {
        int first = cities.stream().mapToInt(CityDto::pilotStartYear).min().orElse(2017);
        int last = cities.stream().mapToInt(CityDto::pilotEndYear).max().orElse(2020);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    public ProvinceDto province(CityDto city) {
        return provinces.get(city.provinceId());
    }

    public List<CityDto> getCities() {
        return cities;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
