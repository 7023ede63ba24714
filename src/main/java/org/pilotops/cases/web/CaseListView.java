package org.pilotops.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotops.cases.boundary.TypicalCaseService;
import org.pilotops.cases.boundary.TypicalCaseService.CaseLine;
import org.pilotops.cases.entity.CaseArea;
import org.pilotops.cases.entity.CaseStatus;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.platform.web.LanguageSwitch;

/**
 * {@code cases/list.xhtml}: typical cases (典型成功案例) in two shapes. With a city — a reporter's own, or
 * the one a reviewer opened — every case of that city, each year, with 新建 for its reporters. Without
 * one — the reviewers' shape — every case of the year they see across cities, filtered by state (the
 * national home page links here with {@code status=SUBMITTED}: the cases waiting for selection).
 * Sorted and filtered in the page: a year has a few hundred cases at most.
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The year the notice asks the typical cases for. */
    static final int COMPILATION_YEAR = 2020;

    /** The pilot years (国知办发管字〔2017〕30号: 2017–2020). */
    static final List<Integer> PILOT_YEARS = List.of(2017, 2018, 2019, COMPILATION_YEAR);

    @Inject
    TypicalCaseService cases;

    @Inject
    CityDirectory directory;

    @Inject
    CurrentActor current;

    @Inject
    ApplicationClock clock;

    @Inject
    LanguageSwitch language;

    private Long cityId;
    private Integer year;
    private String status;
    private String cityName;
    private List<CaseLine> lines;
    private boolean mayWrite;
    private String shownStatus;
    private Map<Integer, ProvinceDto> provinces;

    /** The page's view action. */
    public void load() {
        Actor actor = current.get();
        if (cityId == null && actor.cityId() != null) {
            cityId = actor.cityId();
        }
        if (year == null || year < 2017 || year > COMPILATION_YEAR) {
            year = Math.min(COMPILATION_YEAR, Math.max(2017, clock.today().getYear()));
        }
        // An unknown state in the address shows every case rather than an error page.
        CaseStatus shown = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        shownStatus = shown == null ? null : shown.name();
        if (cityId != null) {
            var city = directory.city(cityId).filter(c -> actor.sees(c.id())).orElseThrow(NotFoundException::new);
            cityName = language.name(city.nameZh(), city.nameEn());
            lines = cases.cases(actor, cityId, null).stream().filter(l -> shown == null || l.status() == shown).toList();
            mayWrite = actor.reportsFor(cityId);
        } else {
            lines = cases.casesOfYear(actor, year, shown);
            provinces = new HashMap<>();
            directory.provinces().forEach(p -> provinces.put(p.id(), p));
        }
    }

    /** What the page lists: the city's cases, or the year's. */
    public String getSubject() {
        return cityId != null ? cityName : String.valueOf(year);
    }

    /** The reviewers' year links. */
    public List<Integer> getYears() {
        return PILOT_YEARS;
    }

    public boolean isCityShape() {
        return cityId != null;
    }

    /** The compilation is the national reviewers' (SPEC §9). */
    public boolean isCompiler() {
        return current.get().has(Role.NATIONAL_REVIEWER);
    }

    public String province(CaseLine line) {
        var province = provinces.get(line.provinceId());
        return province == null ? line.provinceNameZh() : language.name(province.nameZh(), province.nameEn());
    }

    /** The state the address asked for, shown as a note with the way back to every state; null for all. */
    public String getShownStatus() {
        return shownStatus;
    }

    public String when(Instant at) {
        return at == null ? "" : ApplicationClock.MINUTE.format(at);
    }

    public List<String> getStatuses() {
        return Arrays.stream(CaseStatus.values()).map(Enum::name).toList();
    }

    public List<String> getAreas() {
        return Arrays.stream(CaseArea.values()).map(Enum::name).toList();
    }

    public List<CaseLine> getLines() {
        return lines;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public String getCityName() {
        return cityName;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
