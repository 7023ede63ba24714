package org.pilotops.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pilotops.cases.boundary.CaseAttachments.AttachmentView;
import org.pilotops.cases.boundary.TypicalCaseService.CaseLine;
import org.pilotops.cases.boundary.TypicalCaseService.CaseView;
import org.pilotops.cases.boundary.TypicalCaseService.RecordChoice;
import org.pilotops.cases.control.CaseReviewPolicy;
import org.pilotops.cases.control.RecordFacts;
import org.pilotops.cases.entity.CaseAction;
import org.pilotops.cases.entity.CaseAttachment;
import org.pilotops.cases.entity.CaseRecordLink;
import org.pilotops.cases.entity.CaseStatus;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.ProvinceDto;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.persistence.WriteRefusals;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.records.boundary.RecordKinds;

/**
 * The typical cases as the boundaries of this feature share them: a case loaded for an actor (404 when it
 * may not see it), its view with links and attachments, lines for lists, the version check, the write
 * (through {@link WriteRefusals}) and the audit entry of a change. It decides nothing of its own; the
 * callers' transactions apply.
 */
@ApplicationScoped
class TypicalCases {

    @Inject
    WriteRefusals refusals;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    CityDirectory cities;

    @Inject
    RecordKinds kinds;

    @Inject
    ApplicationClock clock;

    TypicalCase load(Actor actor, long caseId) {
        TypicalCase typicalCase = em.find(TypicalCase.class, caseId);
        if (typicalCase == null || !CaseReviewPolicy.maySee(actor, typicalCase)) {
            throw new NotFoundException();
        }
        return typicalCase;
    }

    static void requireReadsCases(Actor actor) {
        if (!CaseReviewPolicy.readsCases(actor)) {
            throw new OperationNotAllowedException("problem.not-allowed.cases");
        }
    }

    CityDto requireCity(Actor actor, long cityId) {
        if (!CaseReviewPolicy.maySeeCity(actor, cityId)) {
            throw new NotFoundException();
        }
        return cities.city(cityId).orElseThrow(NotFoundException::new);
    }

    List<TypicalCase> visibleOfYear(Actor actor, int year, CaseStatus status) {
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

    CaseView view(Actor actor, TypicalCase typicalCase) {
        CityDto city = cities.city(typicalCase.getCityId()).orElseThrow(NotFoundException::new);
        List<RecordChoice> links = typicalCase.getLinks().stream().map(this::linked).toList();
        List<AttachmentView> attachments = em.createQuery(
                        "select a from CaseAttachment a where a.caseId = :case order by a.id", CaseAttachment.class)
                .setParameter("case", typicalCase.getId()).getResultStream().map(CaseAttachments::attachmentView)
                .toList();
        return new CaseView(typicalCase, city, links, attachments,
                CaseReviewPolicy.availableActions(actor, typicalCase), CaseReviewPolicy.mayDelete(actor, typicalCase));
    }

    /** A linked record with its facts as it stands now; a record deleted since shows without facts. */
    RecordChoice linked(CaseRecordLink link) {
        return kinds.byPath(link.getKind()).map(kind -> linked(kind, link))
                .orElse(new RecordChoice(link.getKind(), link.getRecordId(), 0, null));
    }

    <E extends CityRecord> RecordChoice linked(RecordKind<E> kind, CaseRecordLink link) {
        E record = em.find(kind.entityClass(), link.getRecordId());
        return record == null ? new RecordChoice(link.getKind(), link.getRecordId(), 0, null)
                : new RecordChoice(kind.path(), record.getId(), record.getYear(), RecordFacts.of(kind, record));
    }

    List<CaseLine> lines(List<TypicalCase> cases) {
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

    Map<Long, CityDto> cityMap() {
        return cities.cities().stream().collect(Collectors.toMap(CityDto::id, c -> c));
    }

    static void requireVersion(TypicalCase typicalCase, Long version) {
        if (version == null) {
            throw new InvalidInputException(Violation.of("version", "field.required"));
        }
        if (typicalCase.getVersion() != version) {
            throw new StaleVersionException(version, typicalCase.getVersion());
        }
    }

    /** Writes now (see {@link WriteRefusals}): a version changed meanwhile, a linked record gone, a value too long. */
    void flush(long version) {
        refusals.flush(em, version, WriteRefusals.Fields.NONE);
    }

    Instant now() {
        return clock.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    void audit(Actor actor, Action action, TypicalCase typicalCase, JsonObject before, JsonObject after) {
        auditLog.record(new AuditEntry(now(), actor.username(), action, null, null, TypicalCaseService.SUBJECT, typicalCase.getId(),
                typicalCase.getCityId(), before == null ? null : before.toString(), after == null ? null : after.toString()));
    }

    /** What the audit keeps of a case: its year, state, area and texts, its links; the step and comment if any. */
    static JsonObject state(TypicalCase c, CaseAction action, String comment) {
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

    static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value.toString());
        }
    }
}
