package org.pilotops.home.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.pilotops.cases.boundary.TypicalCaseService.CaseCounts;
import org.pilotops.cases.boundary.TypicalCaseService;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.city.boundary.VisibleCities;
import org.pilotops.home.boundary.SystemStatus;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.records.boundary.RecordActivity.LatestChange;
import org.pilotops.records.boundary.RecordActivity;
import org.pilotops.summary.boundary.AnnualSummaryService;
import org.pilotops.summary.boundary.SummaryOverview;

/**
 * {@code index.xhtml}: what each role does next. A city reporter sees its city's records of the year per
 * kind, its compliance flags and its latest changes; agency staff what their agency logged in each city
 * it serves; reviewers their cities in one table; the administrator the system's status. The year is
 * the page's {@code year} parameter, by default the application clock's year within the programme.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The programme opened in 2017 (国知办发管字〔2017〕30号). */
    private static final int FIRST_YEAR = 2017;

    private static final int LATEST_CHANGES = 8;

    /** The notice asks for typical cases in 2020, whatever year the page shows. */
    private static final int CASE_YEAR = 2020;

    @Inject
    CurrentActor current;

    @Inject
    CityDirectory directory;

    @Inject
    VisibleCities visibleCities;

    @Inject
    RecordActivity activity;

    @Inject
    SystemStatus systemStatus;

    @Inject
    ApplicationClock clock;

    @Inject
    PortalMenu menu;

    @Inject
    AnnualSummaryService summaryService;

    @Inject
    TypicalCaseService caseService;

    private Integer year;
    private Actor actor;
    private List<CityLine> cities;
    private Map<Integer, ProvinceDto> provinces;
    private List<LatestChange> latestChanges;
    private SystemStatus.Report status;
    /** The year's summaries the user sees (SPEC §9 overview): what is due, what waits for review. */
    private SummaryOverview summaries;
    /** The typical cases of the compilation year: the reporter's city's, or all a national reviewer sees. */
    private CaseCounts cases;

    /** The page's view action: the figures of the year asked for, or of the current programme year. */
    public void load() {
        actor = current.get();
        List<CityDto> visible = visibleCities.all();
        int last = Math.max(FIRST_YEAR, visible.stream().mapToInt(CityDto::pilotEndYear).max().orElse(FIRST_YEAR));
        if (year == null || year < FIRST_YEAR || year > last) {
            year = Math.max(FIRST_YEAR, Math.min(clock.today().getYear(), last));
        }
        Map<Long, Map<String, Long>> counts = visible.isEmpty() ? Map.of() : activity.inYear(actor, year);
        cities = visible.stream().map(c -> new CityLine(c, counts.getOrDefault(c.id(), Map.of()))).toList();
        provinces = new java.util.HashMap<>();
        directory.provinces().forEach(p -> provinces.put(p.id(), p));
        latestChanges = isCityReporter() ? activity.latestChanges(actor, actor.cityId(), LATEST_CHANGES) : List.of();
        status = actor.has(Role.ADMIN) ? systemStatus.report(actor) : null;
        summaries = isCityReporter() || isReviewer() ? summaryService.overview(actor, year) : null;
        cases = isCityReporter() ? caseService.counts(actor, actor.cityId(), CASE_YEAR)
                : isNational() ? caseService.counts(actor, null, CASE_YEAR) : null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** The programme's years up to the last pilot year of the cities shown, for the year links. */
    public List<Integer> getYears() {
        int last = Math.max(year, cities.stream().mapToInt(l -> l.city().pilotEndYear()).max().orElse(year));
        return IntStream.rangeClosed(FIRST_YEAR, last).boxed().toList();
    }

    public Actor getActor() {
        return actor;
    }

    public List<String> getRoles() {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }

    /** The kinds the home page counts: those of the menu. */
    public List<String> getKindPaths() {
        return menu.getKindPaths();
    }

    public boolean isCityReporter() {
        return actor.has(Role.CITY_REPORTER) && actor.cityId() != null && actor.sees(actor.cityId());
    }

    public boolean isAgencyStaff() {
        return actor.onlyAgencyRecords();
    }

    /** Province and national reviewers follow their cities in one table. */
    public boolean isReviewer() {
        return actor.has(Role.PROVINCE_REVIEWER) || actor.has(Role.NATIONAL_REVIEWER);
    }

    public boolean isNational() {
        return actor.has(Role.NATIONAL_REVIEWER);
    }

    public boolean isAdmin() {
        return status != null;
    }

    /** The reporter's own city with its figures. */
    public CityLine getOwnCity() {
        return cities.stream().filter(l -> l.city().id() == actor.cityId()).findFirst().orElse(null);
    }

    public List<CityLine> getCities() {
        return cities;
    }

    /** When a change happened, in the programme's time zone. */
    public String at(LatestChange change) {
        return ApplicationClock.MINUTE.format(change.at());
    }

    /** The reporter's summary of the year, as the "due" slot tells it: its state and due date. */
    public SummaryOverview.Line getOwnSummary() {
        return summaries == null ? null : summaries.line(actor.cityId()).orElse(null);
    }

    public String getSummaryDueDate() {
        return summaries == null ? null : summaries.dueDate().toString();
    }

    /**
     * How many summaries wait for this reviewer: submitted ones for a province (none when the year has
     * no province endorsement), endorsed ones for the national office (submitted ones without endorsement).
     */
    public long getWaitingForReview() {
        if (summaries == null || !isReviewer()) {
            return 0;
        }
        return isNational() ? summaries.waitingForNation() : summaries.waitingForProvince();
    }

    /** The typical cases counted for the home page, or null for a role that writes or selects none. */
    public CaseCounts getCases() {
        return cases;
    }

    public int getCaseYear() {
        return CASE_YEAR;
    }

    public List<LatestChange> getLatestChanges() {
        return latestChanges;
    }

    public SystemStatus.Report getStatus() {
        return status;
    }

    /** The provinces of the cities shown, for the national table's filter. */
    public List<ProvinceDto> getProvinces() {
        return cities.stream().map(l -> l.city().provinceId()).distinct().sorted()
                .map(provinces::get).toList();
    }

    public ProvinceDto province(CityLine line) {
        return provinces.get(line.city().provinceId());
    }

    /**
     * One city on a home page: the city and how many records of each kind it holds in the year.
     *
     * @param counts per kind path; a kind without records has no entry
     */
    public record CityLine(CityDto city, Map<String, Long> counts) implements Serializable {

        public long count(String kind) {
            return counts.getOrDefault(kind, 0L);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        public int provinceId() {
            return city.provinceId();
        }
    }
}
