package org.pilotops.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pilotops.cases.control.CaseReviewPolicy;
import org.pilotops.cases.control.RecordFacts;
import org.pilotops.cases.entity.CaseAction;
import org.pilotops.cases.entity.CaseArea;
import org.pilotops.cases.entity.CaseContent;
import org.pilotops.cases.entity.CaseRecordLink;
import org.pilotops.cases.entity.CaseStatus;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.records.boundary.RecordKinds;
import org.pilotops.records.boundary.RecordQuery;
import org.pilotops.records.boundary.RecordReads;
import org.pilotops.summary.boundary.SummaryDeadlines;

/**
 * What a city writes of its typical cases (SPEC §8), and what readers list: a city's cases and the year's
 * cases across cities, one case with its backing records and attachments, a draft started, saved or
 * deleted, the records a case may link, the counts the home pages show. The review is {@link CaseReview},
 * the files {@link CaseAttachments}, the year's compilation {@link CaseCompilation}. Each call decides in the order of
 * {@link CaseReviewPolicy}: may the actor see the case (no: 404), may the actor take the step (no: 403),
 * does the state allow it (no: 409, from the entity). A role that reads no cases at all (agency staff, plain
 * administrators) is refused a list with 403. Every change writes its audit entry (subject
 * {@value #SUBJECT}) in the same transaction; every time is the application clock's.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class TypicalCaseService {

    /** What audit entries of typical cases name as their subject. */
    public static final String SUBJECT = "typical-cases";

    /** Most records {@link #recordChoices} offers. */
    public static final int CHOICES_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CityDirectory cities;

    @Inject
    SummaryDeadlines deadlines;

    @Inject
    RecordKinds kinds;

    @Inject
    RecordReads records;

    @Inject
    ApplicationClock clock;

    @Inject
    TypicalCases store;

    /**
     * One line per case for lists. {@code submittedAt} is the last submission (null for a draft never
     * submitted); {@code version} is what a change of the case must carry.
     */
    public record CaseLine(long id, long cityId, String cityNameZh, String cityNameEn, int provinceId,
                           String provinceNameZh, int year, CaseArea area, String title, CaseStatus status,
                           Instant submittedAt, int attachmentCount, long version) {
    }

    /**
     * A record of the city that can back a case, or that backs one: its kind's code, id, year and one line
     * of key facts ({@link RecordFacts}); {@code facts} is null (and {@code year} 0) for a linked record
     * deleted since.
     */
    public record RecordChoice(String kind, long id, int year, String facts) {
    }

    /**
     * A case as one actor sees it: the case (with its history), its city, its backing records with their
     * facts, its attachments, what this actor can do with it now and whether they may delete it.
     */
    public record CaseView(TypicalCase typicalCase, CityDto city, List<RecordChoice> links,
                           List<CaseAttachments.AttachmentView> attachments, Set<CaseAction> availableActions, boolean deletable) {
    }

    /**
     * What a city writes, as one piece: a save replaces all of it. {@code year} null: 2020 for a new case,
     * unchanged for a stored one. Only the title is needed to save; everything else to submit.
     */
    public record CaseDraft(Integer year, CaseArea area, String title, String background, String measures,
                            String results, List<RecordLink> links) {
    }

    /** How many cases are in each state; see {@link #counts}. */
    public record CaseCounts(long drafted, long submitted, long selected, long returned) {
    }

    /** A city's cases the actor sees, of one year or (null) all, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseLine> cases(Actor actor, long cityId, Integer year) {
        TypicalCases.requireReadsCases(actor);
        store.requireCity(actor, cityId);
        TypedQuery<TypicalCase> query = em.createQuery("select c from TypicalCase c where c.cityId = :city"
                + (year == null ? "" : " and c.year = :year") + " order by c.id desc", TypicalCase.class)
                .setParameter("city", cityId);
        if (year != null) {
            query.setParameter("year", year);
        }
        return store.lines(query.getResultStream().filter(c -> CaseReviewPolicy.maySee(actor, c)).toList());
    }

    /**
     * Every case of the year the actor sees, across the cities it sees (a province's reviewers: the
     * province's; national reviewers: all; a reporter: its city's), in one state or (null) all; the latest
     * submissions first, then drafts.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseLine> casesOfYear(Actor actor, int year, CaseStatus status) {
        TypicalCases.requireReadsCases(actor);
        List<CaseLine> lines = new ArrayList<>(store.lines(store.visibleOfYear(actor, year, status)));
        lines.sort(Comparator.comparing(CaseLine::submittedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(CaseLine::id).reversed()));
        return lines;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseView find(Actor actor, long caseId) {
        return store.view(actor, store.load(actor, caseId));
    }

    /** Starts a draft of the city; only its title is needed now. */
    public CaseView create(Actor actor, long cityId, CaseDraft draft) {
        TypicalCases.requireReadsCases(actor);
        CityDto city = store.requireCity(actor, cityId);
        CaseReviewPolicy.requirePermitted(actor, cityId, CaseAction.EDIT);
        CaseContent content = content(actor, city, draft, TypicalCase.DEFAULT_YEAR);
        TypicalCase created = new TypicalCase(cityId, actor.username(), clock.clock(), content);
        em.persist(created);
        store.flush(0);
        store.audit(actor, Action.CREATE, created, null, TypicalCases.state(created, null, null));
        return store.view(actor, created);
    }

    /** Saves the city's case (all of it), when nobody changed it since {@code version} was read. */
    public CaseView save(Actor actor, long caseId, CaseDraft draft, Long version) {
        TypicalCase typicalCase = store.load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), CaseAction.EDIT);
        typicalCase.requireEditable();
        TypicalCases.requireVersion(typicalCase, version);
        CityDto city = cities.city(typicalCase.getCityId()).orElseThrow(NotFoundException::new);
        CaseContent content = content(actor, city, draft, typicalCase.getYear());
        JsonObject before = TypicalCases.state(typicalCase, null, null);
        typicalCase.revise(actor.username(), clock.clock(), content);
        store.flush(version);
        store.audit(actor, Action.UPDATE, typicalCase, before, TypicalCases.state(typicalCase, null, null));
        return store.view(actor, typicalCase);
    }

    /** Deletes a draft never submitted, with its links and attachments; by the city's reporters. */
    public void delete(Actor actor, long caseId, Long version) {
        TypicalCase typicalCase = store.load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), CaseAction.EDIT);
        if (!typicalCase.isDeletable()) {
            throw new ConflictException(Violation.of("status", "case.delete.submitted"));
        }
        TypicalCases.requireVersion(typicalCase, version);
        JsonObject before = TypicalCases.state(typicalCase, null, null);
        // The attachments' rows and chunks go with the case (ON DELETE CASCADE), in the same transaction.
        em.remove(typicalCase);
        store.flush(version);
        store.audit(actor, Action.DELETE, typicalCase, before, null);
    }

    /**
     * Every record of the city, of every kind, that a case can link: the newest first, at most
     * {@value #CHOICES_MAX}, each with its key facts.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordChoice> recordChoices(Actor actor, long cityId) {
        TypicalCases.requireReadsCases(actor);
        store.requireCity(actor, cityId);
        record Dated(Instant createdAt, long id, RecordChoice choice) {
        }
        List<Dated> all = new ArrayList<>();
        for (RecordKind<? extends CityRecord> kind : kinds.all()) {
            choicesOf(actor, kind, cityId).forEach(r -> all.add(new Dated(r.getCreatedAt(), r.getId(),
                    new RecordChoice(kind.path(), r.getId(), r.getYear(), facts(kind, r)))));
        }
        return all.stream()
                .sorted(Comparator.comparing(Dated::createdAt).reversed().thenComparing(Dated::id, Comparator.reverseOrder()))
                .limit(CHOICES_MAX).map(Dated::choice).toList();
    }

    private <E extends CityRecord> List<E> choicesOf(Actor actor, RecordKind<E> kind, long cityId) {
        return records.items(actor, kind, cityId, new RecordQuery(null, 0, CHOICES_MAX, "id", true, Map.of()));
    }

    @SuppressWarnings("unchecked")
    private static <E extends CityRecord> String facts(RecordKind<E> kind, CityRecord record) {
        return RecordFacts.of(kind, (E) record);
    }

    /**
     * For home pages, the cases of a year by state: of one city ({@code cityId}, for whoever may see its
     * cases), or of every city the actor sees ({@code cityId} null; for national reviewers
     * {@code submitted} is what waits for selection). Drafts count only for the city's own reporters; a
     * role that reads no cases sees none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseCounts counts(Actor actor, Long cityId, int year) {
        if (!CaseReviewPolicy.readsCases(actor)) {
            return new CaseCounts(0, 0, 0, 0);
        }
        List<TypicalCase> seen;
        if (cityId != null) {
            store.requireCity(actor, cityId);
            seen = em.createQuery("select c from TypicalCase c where c.cityId = :city and c.year = :year",
                            TypicalCase.class).setParameter("city", cityId).setParameter("year", year)
                    .getResultStream().filter(c -> CaseReviewPolicy.maySee(actor, c)).toList();
        } else {
            seen = store.visibleOfYear(actor, year, null);
        }
        Map<CaseStatus, Long> byStatus = seen.stream().collect(Collectors.groupingBy(TypicalCase::getStatus,
                () -> new EnumMap<>(CaseStatus.class), Collectors.counting()));
        return new CaseCounts(byStatus.getOrDefault(CaseStatus.DRAFT, 0L), byStatus.getOrDefault(CaseStatus.SUBMITTED, 0L),
                byStatus.getOrDefault(CaseStatus.SELECTED, 0L), byStatus.getOrDefault(CaseStatus.RETURNED, 0L));
    }

    /** Checks a draft against the data: the year within the city's pilot period, links to the city's records. */
    private CaseContent content(Actor actor, CityDto city, CaseDraft draft, int defaultYear) {
        List<Violation> violations = new ArrayList<>();
        int year = draft.year() == null ? defaultYear : draft.year();
        boolean reportingYear = deadlines.years().stream().anyMatch(y -> y.year() == year);
        if (!reportingYear || year < city.pilotStartYear() || year > city.pilotEndYear()) {
            violations.add(Violation.of("year", "case.year.outside-pilot", year, city.pilotStartYear(),
                    city.pilotEndYear()));
        }
        List<CaseRecordLink> links = new ArrayList<>();
        List<RecordLink> given = draft.links() == null ? List.of() : draft.links();
        for (int i = 0; i < given.size(); i++) {
            RecordLink link = given.get(i);
            String field = "links[" + i + "]";
            if (link == null) {
                violations.add(Violation.of(field, "field.required"));
                continue;
            }
            var kind = link.kind() == null ? java.util.Optional.<RecordKind<? extends CityRecord>>empty()
                    : kinds.byPath(link.kind().strip());
            if (kind.isEmpty()) {
                violations.add(Violation.of(field + ".kind", "case.link.kind", link.kind() == null ? "" : link.kind()));
                continue;
            }
            if (link.id() == null) {
                violations.add(Violation.of(field + ".id", "field.required"));
                continue;
            }
            try {
                records.find(actor, kind.get(), city.id(), link.id());
                links.add(new CaseRecordLink(kind.get().path(), link.id()));
            } catch (NotFoundException gone) {
                violations.add(Violation.of(field + ".id", "case.link.not-found", link.id()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new CaseContent(year, draft.area(), draft.title(), draft.background(), draft.measures(),
                draft.results(), links);
    }
}
