package org.pilotops.platform.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordPage;
import org.pilotops.platform.record.RecordQuery;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.record.RecordValues;
import org.pilotops.platform.security.Actor;

/**
 * The use cases of every record kind: list, read, log, correct, delete. Scope is decided here for each
 * call, from the actor: a record the actor may not see is "not found", whether it exists or not; a record
 * it sees but may not change is refused with 403. Each change is audited in its own transaction.
 */
@ApplicationScoped
@Transactional
public class RecordService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> RecordPage<E> list(Actor actor, RecordKind<E> kind, long cityId, RecordQuery query) {
        query.checkedFor(kind);
        if (!actor.sees(cityId)) {
            throw new NotFoundException();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<E> select = cb.createQuery(kind.entityClass());
        Root<E> root = select.from(kind.entityClass());
        select.where(matching(actor, kind, cityId, query, cb, root));
        Path<?> sorted = attribute(root, kind, query.sort());
        Order order = query.descending() ? cb.desc(sorted) : cb.asc(sorted);
        select.orderBy(query.sort().equals("id") ? List.of(order) : List.of(order, cb.desc(root.get("id"))));
        List<E> items = em.createQuery(select)
                .setFirstResult(Math.toIntExact(Math.min((long) query.page() * query.size(), Integer.MAX_VALUE)))
                .setMaxResults(query.size())
                .getResultList();

        return new RecordPage<>(items, count(actor, kind, cityId, query), query.page(), query.size());
    }

    /** How many records a list would hold in all; what a paging table asks before its first page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> long count(Actor actor, RecordKind<E> kind, long cityId, RecordQuery query) {
        query.checkedFor(kind);
        if (!actor.sees(cityId)) {
            throw new NotFoundException();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> counted = count.from(kind.entityClass());
        count.select(cb.count(counted)).where(matching(actor, kind, cityId, query, cb, counted));
        return em.createQuery(count).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> E find(Actor actor, RecordKind<E> kind, long cityId, long id) {
        E record = em.find(kind.entityClass(), id);
        if (record == null || record.getCityId() != cityId || !actor.seesRecordOf(cityId, record.getLoggingAgencyId())) {
            throw new NotFoundException();
        }
        return record;
    }

    public <E extends CityRecord> E create(Actor actor, RecordKind<E> kind, long cityId, RecordValues values,
                                           RecordSource source) {
        requireMayLog(actor, kind, cityId);
        E record = prepare(actor, kind, cityId, values, source);
        em.persist(record);
        em.flush();
        auditLog.record(actor.username(), Action.CREATE, kind.path(), record.getId(), cityId, null, kind.toJson(record));
        return record;
    }

    /** Refuses, before any input is read, an actor who may not log this kind for this city. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayLog(Actor actor, RecordKind<?> kind, long cityId) {
        if (!actor.sees(cityId)) {
            throw new NotFoundException();
        }
        loggingAgency(actor, kind, cityId);
    }

    /**
     * A new record built from checked values and checked against the data (references, uniqueness in the
     * city), not yet stored: what logging one record and importing a file of them have in common.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> E prepare(Actor actor, RecordKind<E> kind, long cityId, RecordValues values,
                                            RecordSource source) {
        E record = kind.newRecord();
        kind.apply(record, values);
        record.logged(cityId, loggingAgency(actor, kind, cityId), source, actor.username(), now());
        requireConsistentWithData(kind, record);
        return record;
    }

    public <E extends CityRecord> E update(Actor actor, RecordKind<E> kind, long cityId, long id, long version,
                                           RecordValues values) {
        E record = find(actor, kind, cityId, id);
        requireMayChange(actor, kind, record);
        requireVersion(record, version);
        var before = kind.toJson(record);
        kind.apply(record, values);
        record.touched(actor.username(), now());
        requireConsistentWithData(kind, record);
        flush(record, version);
        auditLog.record(actor.username(), Action.UPDATE, kind.path(), id, cityId, before, kind.toJson(record));
        return record;
    }

    /** Deletes a record; with a version, only if nobody changed it since it was read. */
    public <E extends CityRecord> void delete(Actor actor, RecordKind<E> kind, long cityId, long id, Long version) {
        E record = find(actor, kind, cityId, id);
        requireMayChange(actor, kind, record);
        if (version != null) {
            requireVersion(record, version);
        }
        var before = kind.toJson(record);
        em.remove(record);
        flush(record, record.getVersion());
        auditLog.record(actor.username(), Action.DELETE, kind.path(), id, cityId, before, null);
    }

    /** References that fit the city, and values unique within the city where the kind asks for it. */
    private <E extends CityRecord> void requireConsistentWithData(RecordKind<E> kind, E record) {
        List<Violation> violations = new ArrayList<>(kind.referenceViolations(record));
        for (String name : kind.uniqueWithinCity()) {
            RecordField<E, ?> field = kind.field(name).orElseThrow();
            Object value = field.read(record);
            if (value == null) {
                continue;
            }
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<E> root = count.from(kind.entityClass());
            List<Predicate> where = new ArrayList<>(List.of(cb.equal(root.get("cityId"), record.getCityId()),
                    cb.equal(attribute(root, field.attribute()), value)));
            if (record.getId() != null) {
                where.add(cb.notEqual(root.get("id"), record.getId()));
            }
            count.select(cb.count(root)).where(where.toArray(Predicate[]::new));
            if (em.createQuery(count).setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getSingleResult() > 0) {
                violations.add(Violation.of(name, "field.duplicate-in-city", field.text(record)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Timestamps at the database's precision, so an answer shows what a later read will show. */
    private static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** The agency a new record is logged for, or null when the city logs it itself. */
    private static Long loggingAgency(Actor actor, RecordKind<?> kind, long cityId) {
        if (actor.reportsFor(cityId)) {
            return null;
        }
        if (actor.servesAsAgency(cityId) && kind.agenciesMayLog()) {
            return actor.agencyId();
        }
        throw new OperationNotAllowedException("problem.not-allowed.log", kind.path());
    }

    private static void requireMayChange(Actor actor, RecordKind<?> kind, CityRecord record) {
        boolean own = actor.reportsFor(record.getCityId())
                || kind.agenciesMayLog() && actor.servesAsAgency(record.getCityId())
                && actor.agencyId().equals(record.getLoggingAgencyId());
        if (!own) {
            throw new OperationNotAllowedException("problem.not-allowed.change", kind.path());
        }
    }

    private static void requireVersion(CityRecord record, long version) {
        if (record.getVersion() != version) {
            throw new StaleVersionException(version, record.getVersion());
        }
    }

    /** Writes now, so that a concurrent change surfaces as a stale version inside this call. */
    private void flush(CityRecord record, long version) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(version, version + 1);
        }
    }

    private static <E extends CityRecord> Predicate[] matching(Actor actor, RecordKind<E> kind, long cityId,
                                                               RecordQuery query, CriteriaBuilder cb, Root<E> root) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("cityId"), cityId));
        if (actor.onlyAgencyRecords()) {
            where.add(cb.equal(root.get("loggingAgencyId"), actor.agencyId()));
        }
        if (query.year() != null) {
            where.add(cb.equal(root.get("year"), query.year()));
        }
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            kind.field(filter.getKey()).filter(field -> field.type().queryable())
                    .ifPresent(field -> where.add(filterOn(field, filter.getValue(), cb, root)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The attribute a list is sorted by: a field's (possibly nested) attribute, or a common column. */
    private static <E extends CityRecord> Path<?> attribute(Root<E> root, RecordKind<E> kind, String name) {
        return attribute(root, kind.field(name).map(RecordField::attribute).orElse(name));
    }

    private static Path<?> attribute(Root<?> root, String dottedPath) {
        Path<?> path = root;
        for (String part : dottedPath.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    /** Choices match exactly; free text matches a part, with the LIKE wildcards taken literally. */
    private static <E> Predicate filterOn(RecordField<E, ?> field, String value, CriteriaBuilder cb, Root<E> root) {
        if (!field.type().choices().isEmpty()) {
            Object typed;
            try {
                typed = field.parseText(value);
            } catch (org.pilotops.platform.record.FieldValueException e) {
                return cb.disjunction();
            }
            return cb.equal(attribute(root, field.attribute()), typed);
        }
        String escaped = value.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return cb.like(attribute(root, field.attribute()).as(String.class), "%" + escaped + "%", '\\');
    }
}
