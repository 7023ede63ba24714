package org.pilotops.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pilotops.cases.control.CaseCompilationDocx;
import org.pilotops.cases.control.CaseCompilationPdf;
import org.pilotops.cases.control.CaseReviewPolicy;
import org.pilotops.cases.control.CompilationContent;
import org.pilotops.cases.control.CompiledCase;
import org.pilotops.cases.control.RecordFacts;
import org.pilotops.cases.entity.CaseAction;
import org.pilotops.cases.entity.CaseArea;
import org.pilotops.cases.entity.CaseAttachment;
import org.pilotops.cases.entity.CaseContent;
import org.pilotops.cases.entity.CaseRecordLink;
import org.pilotops.cases.entity.CaseStatus;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileContent;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.persistence.WriteRefusals;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.UnsupportedMediaTypeException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.rest.Upload;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.records.boundary.RecordKinds;
import org.pilotops.records.boundary.RecordQuery;
import org.pilotops.records.boundary.RecordService;
import org.pilotops.summary.boundary.SummaryDeadlines;

/**
 * The use cases of typical cases (SPEC §8): a city's cases and the year's cases across cities, one case
 * with its backing records and attachments, writing, submitting, selecting and returning, attachments in
 * and out, and what the home pages and the compilation need. Each call decides in the order of
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
    /** Most attachments per case. */
    public static final int ATTACHMENTS_MAX = 10;
    /** Most records {@link #recordChoices} offers. */
    public static final int CHOICES_MAX = 500;
    /** The size of the chunks attachments are stored in: one statement each, far below max_allowed_packet. */
    static final int CHUNK_BYTES = 1 << 20;

    @Inject
    WriteRefusals refusals;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    CityDirectory cities;

    @Inject
    SummaryDeadlines deadlines;

    @Inject
    RecordKinds kinds;

    @Inject
    RecordService records;

    @Inject
    ApplicationClock clock;

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

    public record AttachmentView(long id, String fileName, String mediaType, long size, Instant createdAt,
                                 String createdBy) {
    }

    /**
     * A case as one actor sees it: the case (with its history), its city, its backing records with their
     * facts, its attachments, what this actor can do with it now and whether they may delete it.
     */
    public record CaseView(TypicalCase typicalCase, CityDto city, List<RecordChoice> links,
                           List<AttachmentView> attachments, Set<CaseAction> availableActions, boolean deletable) {
    }

    /**
     * What a city writes, as one piece: a save replaces all of it. {@code year} null: 2020 for a new case,
     * unchanged for a stored one. Only the title is needed to save; everything else to submit.
     */
    public record CaseDraft(Integer year, CaseArea area, String title, String background, String measures,
                            String results, List<RecordLink> links) {
    }

    /** Writes an attachment's bytes; reads them from the database chunk by chunk as it writes. */
    @FunctionalInterface
    public interface StreamingBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /** An attachment to download: the name it was given, its type as judged on the way in, its size, its bytes. */
    public record AttachmentContent(String fileName, String mediaType, long size, StreamingBody body) {
    }

    /** How many cases are in each state; see {@link #counts}. */
    public record CaseCounts(long drafted, long submitted, long selected, long returned) {
    }

    /** A city's cases the actor sees, of one year or (null) all, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseLine> cases(Actor actor, long cityId, Integer year) {
        requireReadsCases(actor);
        requireCity(actor, cityId);
        TypedQuery<TypicalCase> query = em.createQuery("select c from TypicalCase c where c.cityId = :city"
                + (year == null ? "" : " and c.year = :year") + " order by c.id desc", TypicalCase.class)
                .setParameter("city", cityId);
        if (year != null) {
            query.setParameter("year", year);
        }
        return lines(query.getResultStream().filter(c -> CaseReviewPolicy.maySee(actor, c)).toList());
    }

    /**
     * Every case of the year the actor sees, across the cities it sees (a province's reviewers: the
     * province's; national reviewers: all; a reporter: its city's), in one state or (null) all; the latest
     * submissions first, then drafts.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseLine> casesOfYear(Actor actor, int year, CaseStatus status) {
        requireReadsCases(actor);
        List<CaseLine> lines = new ArrayList<>(lines(visibleOfYear(actor, year, status)));
        lines.sort(Comparator.comparing(CaseLine::submittedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(CaseLine::id).reversed()));
        return lines;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseView find(Actor actor, long caseId) {
        return view(actor, load(actor, caseId));
    }

    /** Starts a draft of the city; only its title is needed now. */
    public CaseView create(Actor actor, long cityId, CaseDraft draft) {
        requireReadsCases(actor);
        CityDto city = requireCity(actor, cityId);
        CaseReviewPolicy.requirePermitted(actor, cityId, CaseAction.EDIT);
        CaseContent content = content(actor, city, draft, TypicalCase.DEFAULT_YEAR);
        TypicalCase created = new TypicalCase(cityId, actor.username(), clock.clock(), content);
        em.persist(created);
        flush(0);
        audit(actor, Action.CREATE, created, null, state(created, null, null));
        return view(actor, created);
    }

    /** Saves the city's case (all of it), when nobody changed it since {@code version} was read. */
    public CaseView save(Actor actor, long caseId, CaseDraft draft, Long version) {
        TypicalCase typicalCase = load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), CaseAction.EDIT);
        typicalCase.requireEditable();
        requireVersion(typicalCase, version);
        CityDto city = cities.city(typicalCase.getCityId()).orElseThrow(NotFoundException::new);
        CaseContent content = content(actor, city, draft, typicalCase.getYear());
        JsonObject before = state(typicalCase, null, null);
        typicalCase.revise(actor.username(), clock.clock(), content);
        flush(version);
        audit(actor, Action.UPDATE, typicalCase, before, state(typicalCase, null, null));
        return view(actor, typicalCase);
    }

    /** Deletes a draft never submitted, with its links and attachments; by the city's reporters. */
    public void delete(Actor actor, long caseId, Long version) {
        TypicalCase typicalCase = load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), CaseAction.EDIT);
        if (!typicalCase.isDeletable()) {
            throw new ConflictException(Violation.of("status", "case.delete.submitted"));
        }
        requireVersion(typicalCase, version);
        JsonObject before = state(typicalCase, null, null);
        long id = typicalCase.getId();
        // The attachments' rows and chunks go with the case (ON DELETE CASCADE), in the same transaction.
        em.remove(typicalCase);
        flush(version);
        auditLog.record(new AuditEntry(now(), actor.username(), Action.DELETE, null, null, SUBJECT, id,
                typicalCase.getCityId(), before.toString(), null));
    }

    /** The city hands the case in (again); every part must be written. */
    public CaseView submit(Actor actor, long caseId, String comment) {
        return step(actor, caseId, CaseAction.SUBMIT, comment);
    }

    /** A national reviewer selects the case for the year's compilation. */
    public CaseView select(Actor actor, long caseId, String comment) {
        return step(actor, caseId, CaseAction.SELECT, comment);
    }

    /** A national reviewer returns the case to the city, saying why (required). */
    public CaseView returnToCity(Actor actor, long caseId, String comment) {
        return step(actor, caseId, CaseAction.RETURN, comment);
    }

    private CaseView step(Actor actor, long caseId, CaseAction action, String comment) {
        TypicalCase typicalCase = load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), action);
        JsonObject before = state(typicalCase, null, null);
        long version = typicalCase.getVersion();
        String by = actor.username();
        switch (action) {
            case SUBMIT -> typicalCase.submit(by, clock.clock(), comment);
            case SELECT -> typicalCase.select(by, clock.clock(), comment);
            case RETURN -> typicalCase.returnToCity(by, clock.clock(), comment);
            default -> throw new IllegalArgumentException(action.name());
        }
        flush(version);
        audit(actor, Action.UPDATE, typicalCase, before, state(typicalCase, action, comment));
        return view(actor, typicalCase);
    }

    /**
     * Every record of the city, of every kind, that a case can link: the newest first, at most
     * {@value #CHOICES_MAX}, each with its key facts.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordChoice> recordChoices(Actor actor, long cityId) {
        requireReadsCases(actor);
        requireCity(actor, cityId);
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

    /**
     * Attaches a file while the case may be edited, by the city's reporters: a PDF, DOCX, XLSX, JPEG or PNG
     * by its content (415), at most {@value #ATTACHMENTS_MAX} per case (409). The name is kept for the
     * download only, cleaned of paths and control characters. The file arrives spooled ({@link #spool}).
     */
    public AttachmentView attach(Actor actor, long caseId, String fileName, Upload upload) {
        TypicalCase typicalCase = load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), CaseAction.EDIT);
        typicalCase.requireEditable();
        try {
            FileFormat format = FileContent.of(upload.file())
                    .orElseThrow(() -> new UnsupportedMediaTypeException(Violation.of("file", "case.attachment.type")));
            // One attachment at a time per case, so two uploads together cannot make an eleventh; the lock
            // is taken only now, after the body has been read. It does not change the case's version, so
            // an editor open beside the upload still saves.
            em.refresh(typicalCase, LockModeType.PESSIMISTIC_WRITE);
            typicalCase.requireEditable();
            long count = em.createQuery("select count(a) from CaseAttachment a where a.caseId = :case", Long.class)
                    .setParameter("case", caseId).getSingleResult();
            if (count >= ATTACHMENTS_MAX) {
                throw new ConflictException(Violation.of("file", "case.attachment.too-many", ATTACHMENTS_MAX));
            }
            CaseAttachment attachment = new CaseAttachment(caseId, fileName(fileName, format), format.mediaType(),
                    upload.size(), upload.sha256(), actor.username(), now());
            em.persist(attachment);
            flush(typicalCase.getVersion());
            storeChunks(attachment.getId(), upload);
            audit(actor, Action.UPDATE, typicalCase, null, JsonFactory.object()
                    .add("attached", attachmentState(attachment)).build());
            return attachmentView(attachment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An attachment's body read to a temporary file, at most 20 MB (413), before any transaction begins: a
     * client sending 20 MB slowly must not hold one of the pool's database connections all the while.
     */
    public static Upload spool(InputStream body) {
        return Upload.spool(body, CaseAttachment.MAX_BYTES, "case.attachment.empty");
    }

    /** Removes an attachment while the case may be edited, by the city's reporters. */
    public void detach(Actor actor, long caseId, long attachmentId) {
        TypicalCase typicalCase = load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), CaseAction.EDIT);
        typicalCase.requireEditable();
        CaseAttachment attachment = attachmentOf(caseId, attachmentId);
        JsonObject removed = attachmentState(attachment);
        em.remove(attachment);
        flush(typicalCase.getVersion());
        audit(actor, Action.UPDATE, typicalCase, JsonFactory.object().add("detached", removed).build(), null);
    }

    /**
     * An attachment to download, for whoever may see the case. The bytes are read when the body is
     * written, one chunk at a time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttachmentContent attachment(Actor actor, long caseId, long attachmentId) {
        load(actor, caseId);
        CaseAttachment attachment = attachmentOf(caseId, attachmentId);
        long id = attachment.getId();
        int chunks = (int) ((attachment.getSize() + CHUNK_BYTES - 1) / CHUNK_BYTES);
        return new AttachmentContent(attachment.getFileName(), attachment.getMediaType(), attachment.getSize(),
                out -> {
                    for (int seq = 0; seq < chunks; seq++) {
                        out.write(chunk(id, seq));
                    }
                });
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
            requireCity(actor, cityId);
            seen = em.createQuery("select c from TypicalCase c where c.cityId = :city and c.year = :year",
                            TypicalCase.class).setParameter("city", cityId).setParameter("year", year)
                    .getResultStream().filter(c -> CaseReviewPolicy.maySee(actor, c)).toList();
        } else {
            seen = visibleOfYear(actor, year, null);
        }
        Map<CaseStatus, Long> byStatus = seen.stream().collect(Collectors.groupingBy(TypicalCase::getStatus,
                () -> new EnumMap<>(CaseStatus.class), Collectors.counting()));
        return new CaseCounts(byStatus.getOrDefault(CaseStatus.DRAFT, 0L), byStatus.getOrDefault(CaseStatus.SUBMITTED, 0L),
                byStatus.getOrDefault(CaseStatus.SELECTED, 0L), byStatus.getOrDefault(CaseStatus.RETURNED, 0L));
    }

    /**
     * The selected cases of a year in the compilation's order: by content area (the notice's order), then
     * province and city (by division code), then title. No scope check: the caller (the compilation, for
     * national reviewers) checks.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseLine> selectedCases(int year) {
        Map<Long, CityDto> byId = cityMap();
        List<CaseLine> lines = new ArrayList<>(lines(em.createQuery(
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
        return new CompilationStatus(selectedCases(year), counts(actor, null, year).submitted(), dueDate(year));
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
        Map<Long, CityDto> byId = cityMap();
        Map<Integer, ProvinceDto> provinces = new HashMap<>();
        cities.provinces().forEach(p -> provinces.put(p.id(), p));
        List<CompiledCase> compiled = selectedCases(year).stream().map(line -> {
            TypicalCase c = em.find(TypicalCase.class, line.id());
            CityDto city = byId.get(c.getCityId());
            ProvinceDto province = provinces.get(city.provinceId());
            List<String> facts = c.getLinks().stream().map(this::linked).filter(r -> r.facts() != null)
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

    // ----------------------------------------------------------------------------------------------------

    private TypicalCase load(Actor actor, long caseId) {
        TypicalCase typicalCase = em.find(TypicalCase.class, caseId);
        if (typicalCase == null || !CaseReviewPolicy.maySee(actor, typicalCase)) {
            throw new NotFoundException();
        }
        return typicalCase;
    }

    private static void requireReadsCases(Actor actor) {
        if (!CaseReviewPolicy.readsCases(actor)) {
            throw new OperationNotAllowedException("problem.not-allowed.cases");
        }
    }

    private CityDto requireCity(Actor actor, long cityId) {
        if (!CaseReviewPolicy.maySeeCity(actor, cityId)) {
            throw new NotFoundException();
        }
        return cities.city(cityId).orElseThrow(NotFoundException::new);
    }

    private List<TypicalCase> visibleOfYear(Actor actor, int year, CaseStatus status) {
        boolean all = actor.allCities();
        if (!all && actor.visibleCityIds().isEmpty()) {
            return List.of();
        }
        TypedQuery<TypicalCase> query = em.createQuery("select c from TypicalCase c where c.year = :year"
                + (status == null ? "" : " and c.status = :status")
                + (all ? "" : " and c.cityId in :cities"), TypicalCase.class).setParameter("year", year);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!all) {
            query.setParameter("cities", List.copyOf(actor.visibleCityIds()));
        }
        return query.getResultStream().filter(c -> CaseReviewPolicy.maySee(actor, c)).toList();
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

    private CaseView view(Actor actor, TypicalCase typicalCase) {
        CityDto city = cities.city(typicalCase.getCityId()).orElseThrow(NotFoundException::new);
        List<RecordChoice> links = typicalCase.getLinks().stream().map(this::linked).toList();
        List<AttachmentView> attachments = em.createQuery(
                        "select a from CaseAttachment a where a.caseId = :case order by a.id", CaseAttachment.class)
                .setParameter("case", typicalCase.getId()).getResultStream().map(TypicalCaseService::attachmentView)
                .toList();
        return new CaseView(typicalCase, city, links, attachments,
                CaseReviewPolicy.availableActions(actor, typicalCase), CaseReviewPolicy.mayDelete(actor, typicalCase));
    }

    /** A linked record with its facts as it stands now; a record deleted since shows without facts. */
    private RecordChoice linked(CaseRecordLink link) {
        return kinds.byPath(link.getKind()).map(kind -> linked(kind, link))
                .orElse(new RecordChoice(link.getKind(), link.getRecordId(), 0, null));
    }

    private <E extends CityRecord> RecordChoice linked(RecordKind<E> kind, CaseRecordLink link) {
        E record = em.find(kind.entityClass(), link.getRecordId());
        return record == null ? new RecordChoice(link.getKind(), link.getRecordId(), 0, null)
                : new RecordChoice(kind.path(), record.getId(), record.getYear(), RecordFacts.of(kind, record));
    }

    @SuppressWarnings("unchecked")
    private static <E extends CityRecord> String facts(RecordKind<E> kind, CityRecord record) {
        return RecordFacts.of(kind, (E) record);
    }

    private List<CaseLine> lines(List<TypicalCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, CityDto> byId = cityMap();
        Map<Integer, ProvinceDto> provinces = new HashMap<>();
        cities.provinces().forEach(p -> provinces.put(p.id(), p));
        Map<Long, Long> attachments = new HashMap<>();
        em.createQuery("select a.caseId, count(a) from CaseAttachment a where a.caseId in :ids group by a.caseId",
                        Object[].class)
                .setParameter("ids", cases.stream().map(TypicalCase::getId).toList())
                .getResultList().forEach(r -> attachments.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return cases.stream().map(c -> {
            CityDto city = byId.get(c.getCityId());
            ProvinceDto province = provinces.get(city.provinceId());
            return new CaseLine(c.getId(), c.getCityId(), city.nameZh(), city.nameEn(), city.provinceId(),
                    province == null ? null : province.nameZh(), c.getYear(), c.getArea(), c.getTitle(),
                    c.getStatus(), c.getSubmittedAt(), attachments.getOrDefault(c.getId(), 0L).intValue(),
                    c.getVersion());
        }).toList();
    }

    private Map<Long, CityDto> cityMap() {
        return cities.cities().stream().collect(Collectors.toMap(CityDto::id, c -> c));
    }

    private CaseAttachment attachmentOf(long caseId, long attachmentId) {
        CaseAttachment attachment = em.find(CaseAttachment.class, attachmentId);
        if (attachment == null || attachment.getCaseId() != caseId) {
            throw new NotFoundException();
        }
        return attachment;
    }

    private void storeChunks(long attachmentId, Upload upload) throws IOException {
        try (InputStream in = Files.newInputStream(upload.file())) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                em.createNativeQuery("INSERT INTO case_attachment_chunk (attachment_id, seq, bytes) VALUES (?, ?, ?)")
                        .setParameter(1, attachmentId).setParameter(2, seq++).setParameter(3, chunk)
                        .executeUpdate();
            }
        }
    }

    private byte[] chunk(long attachmentId, int seq) {
        Object bytes = em.createNativeQuery("SELECT bytes FROM case_attachment_chunk WHERE attachment_id = ? AND seq = ?")
                .setParameter(1, attachmentId).setParameter(2, seq).getSingleResult();
        if (bytes instanceof byte[] array) {
            return array;
        }
        if (bytes instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Unexpected chunk type " + bytes.getClass());
    }

    /** The name kept for a download: cleaned, with the extension of what the content is when it has another. */
    static String fileName(String given, FileFormat format) {
        String name = CaseAttachment.cleanName(given, "attachment." + format.extension());
        if (!format.fitsName(name)) {
            name = CaseAttachment.cleanName(name + "." + format.extension(), name);
        }
        return name;
    }

    private static AttachmentView attachmentView(CaseAttachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getMediaType(), a.getSize(), a.getCreatedAt(),
                a.getCreatedBy());
    }

    private static void requireVersion(TypicalCase typicalCase, Long version) {
        if (version == null) {
            throw new InvalidInputException(Violation.of("version", "field.required"));
        }
        if (typicalCase.getVersion() != version) {
            throw new StaleVersionException(version, typicalCase.getVersion());
        }
    }

    /** Writes now (see {@link WriteRefusals}): a version changed meanwhile, a linked record gone, a value too long. */
    private void flush(long version) {
        refusals.flush(em, version, WriteRefusals.Fields.NONE);
    }

    private Instant now() {
        return clock.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void audit(Actor actor, Action action, TypicalCase typicalCase, JsonObject before, JsonObject after) {
        auditLog.record(new AuditEntry(now(), actor.username(), action, null, null, SUBJECT, typicalCase.getId(),
                typicalCase.getCityId(), before == null ? null : before.toString(), after == null ? null : after.toString()));
    }

    /** What the audit keeps of a case: its year, state, area and texts, its links; the step and comment if any. */
    private static JsonObject state(TypicalCase c, CaseAction action, String comment) {
        JsonArrayBuilder links = JsonFactory.array();
        c.getLinks().forEach(l -> links.add(JsonFactory.object().add("kind", l.getKind()).add("id", l.getRecordId())));
        JsonObjectBuilder state = JsonFactory.object()
                .add("year", c.getYear())
                .add("status", c.getStatus().name());
        optional(state, "area", c.getArea());
        optional(state, "title", c.getTitle());
        optional(state, "background", c.getBackground());
        optional(state, "measures", c.getMeasures());
        optional(state, "results", c.getResults());
        state.add("links", links);
        if (action != null) {
            state.add("action", action.name());
            optional(state, "comment", comment == null || comment.isBlank() ? null : comment.strip());
        }
        return state.build();
    }

    private static JsonObject attachmentState(CaseAttachment a) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("fileName", a.getFileName())
                .add("mediaType", a.getMediaType())
                .add("size", a.getSize())
                .add("sha256", a.getSha256());
        if (a.getId() != null) {
            json.add("id", a.getId());
        }
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
