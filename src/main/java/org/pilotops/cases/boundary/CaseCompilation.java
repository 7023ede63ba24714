package org.pilotops.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pilotops.cases.boundary.TypicalCaseService.CaseLine;
import org.pilotops.cases.control.CaseCompilationDocx;
import org.pilotops.cases.control.CaseCompilationPdf;
import org.pilotops.cases.control.CaseReviewPolicy;
import org.pilotops.cases.control.CompilationContent;
import org.pilotops.cases.control.CompiledCase;
import org.pilotops.cases.entity.CaseStatus;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.summary.boundary.SummaryDeadlines;

/**
 * The year's compilation of typical cases (SPEC §8): the selected cases in the compilation's order, what
 * still waits, the due date, and the document (PDF or DOCX) made anew on every request; and which cities
 * handed a case in, for the reminders.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class CaseCompilation {

    @PersistenceContext
    EntityManager em;

    @Inject
    CityDirectory cities;

    @Inject
    SummaryDeadlines deadlines;

    @Inject
    ApplicationClock clock;

    @Inject
    TypicalCases store;

    @Inject
    TypicalCaseService cases;

    /**
     * The selected cases of a year in the compilation's order: by content area (the notice's order), then
     * province and city (by division code), then title. No scope check: the caller (the compilation, for
     * national reviewers) checks.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseLine> selectedCases(int year) {
        Map<Long, CityDto> byId = store.cityMap();
        List<CaseLine> lines = new ArrayList<>(store.lines(em.createQuery(
                        "select c from TypicalCase c where c.year = :year and c.status = :status", TypicalCase.class)
                .setParameter("year", year).setParameter("status", CaseStatus.SELECTED).getResultList()));
        lines.sort(Comparator.<CaseLine>comparingInt(l -> l.area() == null ? Integer.MAX_VALUE : l.area().ordinal())
                .thenComparingInt(CaseLine::provinceId)
                .thenComparing(l -> byId.containsKey(l.cityId()) ? byId.get(l.cityId()).divisionCode() : "")
                .thenComparing(CaseLine::title)
                .thenComparingLong(CaseLine::id));
        return lines;
    }

    /** What the compilation page shows of a year: the selected cases, how many wait for a decision, the due date. */
    public record CompilationStatus(List<CaseLine> selected, long waiting, LocalDate dueDate) {
    }

    /** The compilation of a year as it stands, for national reviewers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CompilationStatus compilationStatus(Actor actor, int year) {
        CaseReviewPolicy.requireCompiler(actor);
        return new CompilationStatus(selectedCases(year), cases.counts(actor, null, year).submitted(), dueDate(year));
    }

    /**
     * The year's selected cases compiled into one document (SPEC §8), PDF or DOCX, in the reader's
     * language: by content area, then city, each case with its texts and the key facts of the records
     * that back it as they stand now. For national reviewers; made anew on every request, so it always
     * holds the latest selection.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Document compilation(Actor actor, int year, FileFormat format, Locale locale) {
        CaseReviewPolicy.requireCompiler(actor);
        if (format != FileFormat.PDF && format != FileFormat.DOCX) {
            throw FileFormat.refused(format.extension(), FileFormat.PDF, FileFormat.DOCX);
        }
        LocalDate due = dueDate(year);
        boolean english = "en".equals(locale.getLanguage());
        Map<Long, CityDto> byId = store.cityMap();
        Map<Integer, ProvinceDto> provinces = new HashMap<>();
        cities.provinces().forEach(p -> provinces.put(p.id(), p));
        List<CompiledCase> compiled = selectedCases(year).stream().map(line -> {
            TypicalCase c = em.find(TypicalCase.class, line.id());
            CityDto city = byId.get(c.getCityId());
            ProvinceDto province = provinces.get(city.provinceId());
            List<String> facts = c.getLinks().stream().map(store::linked).filter(r -> r.facts() != null)
                    .map(r -> Messages.text(locale, "kind." + r.kind(), List.of()) + " · " + r.year() + " · " + r.facts())
                    .toList();
            return new CompiledCase(c.getArea(),
                    province == null ? "" : english && province.nameEn() != null ? province.nameEn() : province.nameZh(),
                    english && city.nameEn() != null ? city.nameEn() : city.nameZh(),
                    c.getTitle(), c.getBackground(), c.getMeasures(), c.getResults(), facts);
        }).toList();
        CompilationContent content = new CompilationContent(year, due, clock.clock().instant(), compiled);
        String name = "case-compilation-" + year;
        return format == FileFormat.PDF
                ? Document.write(name, format, out -> CaseCompilationPdf.write(content, locale, out))
                : Document.write(name, format, out -> CaseCompilationDocx.write(content, locale, out));
    }

    /** The year's case-compilation due date; 404 for a year that is not a reporting year, null when it asks for none. */
    private LocalDate dueDate(int year) {
        return deadlines.years().stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(NotFoundException::new).caseCompilationDueDate();
    }

    /** The ids of the cities with a submitted or selected case of the year (the reminders' seam). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> citiesWithSubmittedCase(int year) {
        return Set.copyOf(em.createQuery("select distinct c.cityId from TypicalCase c where c.year = :year"
                        + " and c.status in :states", Long.class)
                .setParameter("year", year).setParameter("states", List.of(CaseStatus.SUBMITTED, CaseStatus.SELECTED))
                .getResultList());
    }
}
