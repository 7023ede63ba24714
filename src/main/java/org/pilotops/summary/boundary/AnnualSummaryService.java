package org.pilotops.summary.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.persistence.WriteRefusals;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.summary.control.IndicatorCalculator;
import org.pilotops.summary.control.IndicatorScope;
import org.pilotops.summary.control.IndicatorTable;
import org.pilotops.summary.control.Indicators;
import org.pilotops.summary.control.SummaryPdf;
import org.pilotops.summary.control.SummaryReport;
import org.pilotops.summary.control.SummaryReviewPolicy;
import org.pilotops.summary.control.SummaryWorkbook;
import org.pilotops.summary.entity.AnnualSummary;
import org.pilotops.summary.entity.Indicator;
import org.pilotops.summary.entity.ReportingYear;
import org.pilotops.summary.entity.SubmissionTimeliness;
import org.pilotops.summary.entity.SummaryAction;
import org.pilotops.summary.entity.SummaryDraft;
import org.pilotops.summary.entity.SummaryStatus;

/**
 * The use cases of annual summaries (SPEC §4): read one, save the draft, take a review step, the
 * overview of a year, and the reporting years. Each call decides in the order of
 * {@link SummaryReviewPolicy}: may the actor see the city (no: 404), may the actor take the step (no:
 * 403), does the state allow it (no: 409, from the entity). A summary the city has not started has no
 * row: it reads as {@code NOT_STARTED} for every pilot year of the city, and the first saved draft
 * creates it. Every change writes its audit entry in the same transaction; every date rule reads the
 * application clock.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class AnnualSummaryService {

    /** What audit entries of summaries and reporting years name as their subject. */
    static final String SUBJECT = "annual-summaries";
    static final String YEAR_SUBJECT = "reporting-years";

    @Inject
    WriteRefusals refusals;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    CityDirectory cities;

    @Inject
    IndicatorCalculator calculator;

    @Inject
    ApplicationClock clock;

    /**
     * A summary as one actor sees it: the summary (not stored while {@code NOT_STARTED}), its year, the
     * indicator table to show (frozen or live), and what this actor can do with it now.
     */
    public record SummaryView(CityDto city, AnnualSummary summary, ReportingYear reportingYear,
                              IndicatorTable indicators, SubmissionTimeliness timeliness,
                              Set<SummaryAction> allowedActions) {
    }

    /** A city's summary of a year; a pilot year without a summary yet reads as not started. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryView find(Actor actor, long cityId, int year) {
        Loaded loaded = load(actor, cityId, year);
        return view(actor, loaded);
    }

    /** Saves the city's draft (all of it), when nobody changed the summary since {@code version} was read. */
    public SummaryView saveDraft(Actor actor, long cityId, int year, SummaryDraft draft, Long version) {
        Loaded loaded = load(actor, cityId, year);
        SummaryReviewPolicy.requirePermitted(actor, cityId, loaded.city.provinceId(), SummaryAction.EDIT);
        if (version == null) {
            throw new InvalidInputException(Violation.of("version", "field.required"));
        }
        AnnualSummary summary = loaded.summary;
        if (summary.getVersion() != version) {
            throw new StaleVersionException(version, summary.getVersion());
        }
        JsonObject before = summary.isNew() ? null : auditState(summary, null, null);
        summary.revise(loaded.reportingYear, actor.username(), clock.clock(), draft);
        boolean created = summary.isNew();
        write(summary, version, () -> {
            if (created) {
                em.persist(summary);
            }
        });
        audit(actor, created ? Action.CREATE : Action.UPDATE, summary, before, auditState(summary, null, null));
        return view(actor, loaded);
    }

    /** The city hands the summary in, freezing the indicator table of this moment. */
    public SummaryView submit(Actor actor, long cityId, int year, String comment) {
        return step(actor, cityId, year, SummaryAction.SUBMIT, comment);
    }

    public SummaryView endorse(Actor actor, long cityId, int year, String comment) {
        return step(actor, cityId, year, SummaryAction.ENDORSE, comment);
    }

    public SummaryView accept(Actor actor, long cityId, int year, String comment) {
        return step(actor, cityId, year, SummaryAction.ACCEPT, comment);
    }

    public SummaryView returnToCity(Actor actor, long cityId, int year, String comment) {
        return step(actor, cityId, year, SummaryAction.RETURN, comment);
    }

    public SummaryView reopen(Actor actor, long cityId, int year, String comment) {
        return step(actor, cityId, year, SummaryAction.REOPEN, comment);
    }

    private SummaryView step(Actor actor, long cityId, int year, SummaryAction action, String comment) {
        Loaded loaded = load(actor, cityId, year);
        SummaryReviewPolicy.requirePermitted(actor, cityId, loaded.city.provinceId(), action);
        AnnualSummary summary = loaded.summary;
        ReportingYear reportingYear = loaded.reportingYear;
        JsonObject before = summary.isNew() ? null : auditState(summary, null, null);
        String by = actor.username();
        switch (action) {
            case SUBMIT -> summary.submit(reportingYear, by, clock.clock(),
                    calculator.table(IndicatorScope.city(cityId), year, previousTargets(cityId, year)).toJson(), comment);
            case ENDORSE -> summary.endorse(reportingYear, by, clock.clock(), comment);
            case ACCEPT -> summary.accept(reportingYear, by, clock.clock(), comment);
            case RETURN -> summary.returnToCity(reportingYear, by, clock.clock(), comment);
            case REOPEN -> summary.reopen(reportingYear, by, clock.clock(), comment);
            default -> throw new IllegalArgumentException(action.name());
        }
        // Only EDIT starts a summary, so a step reaches here only for a stored one.
        write(summary, summary.getVersion(), () -> { });
        audit(actor, Action.UPDATE, summary, before, auditState(summary, action, comment));
        return view(actor, loaded);
    }

    /**
     * Each city's summary of a year as the actor may see it, with the reporting and on-time rates per
     * province and for all cities the actor sees (SPEC §4, §9). Expected: every city, not withdrawn,
     * whose pilot period includes the year.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SummaryOverview overview(Actor actor, int year) {
        requireSeesSummaries(actor);
        ReportingYear reportingYear = reportingYear(year);
        Map<Long, AnnualSummary> summaries = new HashMap<>();
        em.createQuery("select s from AnnualSummary s where s.year = :year", AnnualSummary.class)
                .setParameter("year", year).getResultList().forEach(s -> summaries.put(s.getCityId(), s));
        Map<Integer, ProvinceDto> provinces = new HashMap<>();
        cities.provinces().forEach(p -> provinces.put(p.id(), p));
        List<SummaryOverview.Line> lines = new ArrayList<>();
        for (CityDto city : cities.cities(year)) {
            if (!SummaryReviewPolicy.maySee(actor, city.id()) || !expected(city, year)) {
                continue;
            }
            AnnualSummary summary = summaries.getOrDefault(city.id(), new AnnualSummary(city.id(), year));
            lines.add(new SummaryOverview.Line(city, provinces.get(city.provinceId()), summary.getStatus(),
                    summary.timeliness(reportingYear, clock.clock()), summary.getFirstSubmittedAt()));
        }
        return SummaryOverview.of(year, reportingYear.getSummaryDueDate(), reportingYear.isProvinceEndorsement(), lines);
    }

    /**
     * A city's summary of a year as a document — PDF to read and file, XLSX to compare — in the
     * reader's language, for whoever may see the summary.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Document document(Actor actor, long cityId, int year, FileFormat format, Locale locale) {
        SummaryView view = find(actor, cityId, year);
        SummaryReport report = new SummaryReport(view.summary(), cityName(view.city(), locale), view.indicators(),
                view.reportingYear().getSummaryDueDate(), view.timeliness(), locale);
        String name = "summary-" + view.city().divisionCode() + "-" + year;
        return switch (format) {
            case PDF -> Document.write(name, format, out -> SummaryPdf.write(report, out));
            case XLSX -> Document.write(name, format, out -> SummaryWorkbook.write(report, out));
            default -> throw FileFormat.refused(format.extension(), FileFormat.PDF, FileFormat.XLSX);
        };
    }

    /** The year's overview as a workbook, with what the actor sees of it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Document overviewDocument(Actor actor, int year, FileFormat format, Locale locale) {
        if (format != FileFormat.XLSX) {
            throw FileFormat.refused(format.extension(), FileFormat.XLSX);
        }
        SummaryOverview overview = overview(actor, year);
        return Document.write("annual-summaries-" + year, format,
                out -> SummaryOverviewWorkbook.write(overview, locale, out));
    }

    private static String cityName(CityDto city, Locale locale) {
        return "en".equals(locale.getLanguage()) && city.nameEn() != null ? city.nameEn() : city.nameZh();
    }

    /** The pilot years, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> years() {
        return reportingYears().stream().map(ReportingYear::getYear).toList();
    }

    /**
     * The year a page shows: the one asked for when it is a pilot year, else the latest pilot year not after
     * the application clock's today (the first one before the programme began).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int yearInView(Integer asked) {
        List<Integer> years = years();
        if (asked != null && years.contains(asked)) {
            return asked;
        }
        int today = clock.today().getYear();
        return years.stream().filter(y -> y <= today).reduce((a, b) -> b).orElse(years.get(0));
    }

    /** Every pilot year's settings, for everyone who signs in: the due dates concern every city. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportingYear> reportingYears() {
        return em.createQuery("select y from ReportingYear y order by y.year", ReportingYear.class).getResultList();
    }

    /** National reviewers set a year's due dates and whether provinces endorse; with the version they read. */
    public ReportingYear updateReportingYear(Actor actor, int year, LocalDate summaryDueDate, boolean provinceEndorsement,
                                             LocalDate caseCompilationDueDate, Long version) {
        if (!actor.has(Role.NATIONAL_REVIEWER)) {
            throw new OperationNotAllowedException("problem.not-allowed.reporting-year");
        }
        ReportingYear reportingYear = reportingYear(year);
        if (version == null) {
            throw new InvalidInputException(Violation.of("version", "field.required"));
        }
        if (reportingYear.getVersion() != version) {
            throw new StaleVersionException(version, reportingYear.getVersion());
        }
        JsonObject before = yearState(reportingYear);
        reportingYear.configure(summaryDueDate, provinceEndorsement, caseCompilationDueDate);
        refusals.flush(em, version, WriteRefusals.Fields.NONE);
        auditLog.record(AuditEntry.change(actor.username(), Action.UPDATE, null, YEAR_SUBJECT, year, null, before,
                yearState(reportingYear)));
        return reportingYear;
    }

    /**
     * The indicators of a year for a city, a province or the nation, with the previous year's: a city
     * for whoever may see its summaries, a province for its reviewers and national reviewers, the nation
     * for national reviewers.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorTable indicators(Actor actor, int year, Long cityId, Integer provinceId) {
        reportingYear(year);
        IndicatorScope scope = indicatorScope(actor, cityId, provinceId);
        return calculator.table(scope, year, cityId == null ? Map.of() : previousTargets(cityId, year));
    }

    /**
     * The indicators of every pilot year for a city, a province or the nation, seen as {@link
     * #indicators} sees them, measured in one query; with a city's targets for each year.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorTrend indicatorTrend(Actor actor, Long cityId, Integer provinceId) {
        IndicatorScope scope = indicatorScope(actor, cityId, provinceId);
        List<Integer> years = years();
        Map<Integer, Indicators> figures = calculator.indicators(scope, years.get(0), years.get(years.size() - 1));
        Map<Integer, Map<Indicator, BigDecimal>> targets = new HashMap<>();
        if (cityId != null) {
            years.forEach(year -> targets.put(year, previousTargets(cityId, year)));
        }
        return IndicatorTrend.of(figures, targets);
    }

    private IndicatorScope indicatorScope(Actor actor, Long cityId, Integer provinceId) {
        if (cityId != null && provinceId != null) {
            throw new InvalidInputException(Violation.of("provinceId", "indicators.one-scope"));
        }
        if (cityId != null) {
            if (!SummaryReviewPolicy.maySee(actor, cityId)) {
                throw new NotFoundException();
            }
            return IndicatorScope.city(cityId);
        }
        if (provinceId != null) {
            if (cities.provinces().stream().noneMatch(p -> p.id() == provinceId)) {
                throw new NotFoundException();
            }
            boolean ownProvince = actor.has(Role.PROVINCE_REVIEWER) && provinceId.equals(actor.provinceId());
            if (!ownProvince && !actor.has(Role.NATIONAL_REVIEWER)) {
                throw new OperationNotAllowedException("problem.not-allowed.indicators.province");
            }
            return IndicatorScope.province(provinceId);
        }
        if (!actor.has(Role.NATIONAL_REVIEWER)) {
            throw new OperationNotAllowedException("problem.not-allowed.indicators.nation");
        }
        return IndicatorScope.nation();
    }

    private record Loaded(CityDto city, AnnualSummary summary, ReportingYear reportingYear) {
    }

    private Loaded load(Actor actor, long cityId, int year) {
        if (!SummaryReviewPolicy.maySee(actor, cityId)) {
            throw new NotFoundException();
        }
        CityDto city = cities.city(cityId).orElseThrow(NotFoundException::new);
        ReportingYear reportingYear = reportingYear(year);
        AnnualSummary summary = stored(cityId, year).orElse(null);
        if (summary == null) {
            if (!expected(city, year)) {
                throw new NotFoundException();
            }
            summary = new AnnualSummary(cityId, year);
        }
        return new Loaded(city, summary, reportingYear);
    }

    private static boolean expected(CityDto city, int year) {
        return !"WITHDRAWN".equals(city.status()) && year >= city.pilotStartYear() && year <= city.pilotEndYear();
    }

    private Optional<AnnualSummary> stored(long cityId, int year) {
        return em.createQuery("select s from AnnualSummary s where s.cityId = :city and s.year = :year",
                        AnnualSummary.class)
                .setParameter("city", cityId).setParameter("year", year)
                .getResultStream().findFirst();
    }

    private ReportingYear reportingYear(int year) {
        ReportingYear reportingYear = em.find(ReportingYear.class, year);
        if (reportingYear == null) {
            throw new NotFoundException();
        }
        return reportingYear;
    }

    /** The targets the city's summary of the previous year set for this one; none without it. */
    private Map<Indicator, BigDecimal> previousTargets(long cityId, int year) {
        return stored(cityId, year - 1).map(AnnualSummary::getTargets).orElse(Map.of());
    }

    private SummaryView view(Actor actor, Loaded loaded) {
        AnnualSummary summary = loaded.summary;
        IndicatorTable indicators = summary.isIndicatorsFrozen()
                ? IndicatorTable.fromJson(summary.getFrozenIndicators())
                : calculator.table(IndicatorScope.city(summary.getCityId()), summary.getYear(),
                previousTargets(summary.getCityId(), summary.getYear()));
        return new SummaryView(loaded.city, summary, loaded.reportingYear, indicators,
                summary.timeliness(loaded.reportingYear, clock.clock()),
                SummaryReviewPolicy.availableActions(actor, loaded.city.provinceId(), summary, loaded.reportingYear));
    }

    private static void requireSeesSummaries(Actor actor) {
        if (actor.onlyAgencyRecords() || !(actor.has(Role.CITY_REPORTER) || actor.has(Role.PROVINCE_REVIEWER)
                || actor.has(Role.NATIONAL_REVIEWER))) {
            throw new OperationNotAllowedException("problem.not-allowed.summaries");
        }
    }

    /**
     * Writes the change now (see {@link WriteRefusals}): a version changed meanwhile, or a first draft another
     * request stored meanwhile (the summary's city and year are its unique key), is a stale version.
     */
    private void write(AnnualSummary summary, long version, Runnable change) {
        change.run();
        refusals.flush(em, version, WriteRefusals.Fields.NONE);
    }

    private void audit(Actor actor, Action action, AnnualSummary summary, JsonObject before, JsonObject after) {
        auditLog.record(AuditEntry.change(actor.username(), action, null, SUBJECT, summary.getId(), summary.getCityId(),
                before, after));
    }

    /** What the audit keeps of a summary: its year, state and what the city wrote; the step and comment if any. */
    private static JsonObject auditState(AnnualSummary summary, SummaryAction action, String comment) {
        JsonObjectBuilder sections = JsonFactory.object();
        summary.getSections().forEach((section, text) -> optional(sections, section.name(), text));
        JsonObjectBuilder targets = JsonFactory.object();
        summary.getTargets().forEach((indicator, target) -> targets.add(indicator.name(), target));
        JsonObjectBuilder state = JsonFactory.object()
                .add("year", summary.getYear())
                .add("status", summary.getStatus().name())
                .add("sections", sections)
                .add("targets", targets);
        optional(state, "nextYearPlan", summary.getNextYearPlan());
        if (action != null) {
            state.add("action", action.name());
            optional(state, "comment", comment == null || comment.isBlank() ? null : comment.strip());
        }
        return state.build();
    }

    private static JsonObject yearState(ReportingYear year) {
        JsonObjectBuilder state = JsonFactory.object()
                .add("year", year.getYear())
                .add("summaryDueDate", year.getSummaryDueDate().toString())
                .add("provinceEndorsement", year.isProvinceEndorsement());
        optional(state, "caseCompilationDueDate", year.getCaseCompilationDueDate());
        return state.build();
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
