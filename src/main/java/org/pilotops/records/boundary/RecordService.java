package org.pilotops.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.idempotency.IdempotencyKey;
import org.pilotops.platform.idempotency.IdempotencyKeys;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.record.RecordValues;
import org.pilotops.platform.security.Actor;
import org.pilotops.records.control.RecordScope;

/**
 * Writing every record kind: log, correct and delete, one at a time or as an import's rows (reading is
 * {@link RecordReads}).
 * Scope is decided here for each call, from the actor: a record the actor may not see is "not found",
 * whether it exists or not; a record it sees but may not change is refused with 403. Every change writes
 * its audit entry in the same transaction as the change, so both are stored or neither is. A rule the
 * database enforces (a unique number, a reference) and a concurrent client broke first is answered as a
 * problem naming the field ({@link ConstraintProblems}), never as a 500.
 */
@ApplicationScoped
@RetriedOnDeadlock
@Transactional
public class RecordService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    ConstraintProblems constraintProblems;

    @Inject
    RecordReads reads;

    @Inject
    RecordLocks yearLocks;

    /** An existing record with new values applied and checked, as it was before, and whether anything changed. */
    public record Revision<E extends CityRecord>(E record, JsonObject before, boolean changed) {
    }

    /**
     * Whether another record of the city already holds a value of a field that must be unique within the
     * city: what the checks of a new or corrected record ask, of the database or of an answer found
     * beforehand for many records at once ({@link #uniqueness}).
     */
    @FunctionalInterface
    public interface Taken {
        boolean taken(RecordField<?, ?> field, Object value, CityRecord record);
    }

    /**
     * A record an import is about to check, as far as uniqueness goes: the id of the record it corrects
     * (null for a new one) and its values of the kind's unique fields, by field name.
     */
    public record UniqueCandidate(Long recordId, Map<String, Object> values) {
    }

    public <E extends CityRecord> E create(Actor actor, RecordKind<E> kind, long cityId, RecordValues values,
                                           RecordSource source) {
        requireMayLog(actor, kind, cityId);
        E record = prepare(actor, kind, cityId, values, source);
        write(kind, record, 0, () -> em.persist(record));
        auditLog.record(entry(actor, Action.CREATE, source, null, kind, record, null));
        return record;
    }

    /** A record logged, and whether an earlier request with the same idempotency key logged it. */
    public record Logged<E extends CityRecord>(E record, boolean replayed) {
    }

    /**
     * Logs one record once per idempotency key of the caller: the first request with the key creates it,
     * as {@link #create} does, and takes the key in the same transaction; a repeated one (its answer was
     * lost) gets that record as it is now, and creates nothing.
     */
    public <E extends CityRecord> Logged<E> createOnce(Actor actor, RecordKind<E> kind, long cityId, RecordValues values,
                                                       RecordSource source, IdempotencyKey key) {
        // The key first, before this transaction reads anything: a repeat waits here for the first request's
        // commit, and its first consistent read — the record below — then sees that request's record.
        Optional<IdempotencyKeys.Earlier> earlier = idempotencyKeys.take(actor.username(), key, kind.path());
        if (earlier.isPresent()) {
            requireMayLog(actor, kind, cityId);
            return new Logged<>(reads.find(actor, kind, cityId, earlier.get().subjectId()), true);
        }
        E record = create(actor, kind, cityId, values, source);
        idempotencyKeys.fill(actor.username(), key, record.getId());
        return new Logged<>(record, false);
    }

    /** Refuses, before any input is read, an actor who may not log this kind for this city. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayLog(Actor actor, RecordKind<?> kind, long cityId) {
        RecordScope.requireSees(actor, cityId);
        RecordScope.loggingAgency(actor, kind, cityId);
    }

    /**
     * A new record built from checked values and checked against the data (references, uniqueness in the
     * city), not yet stored: what logging one record and importing a file of them have in common.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> E prepare(Actor actor, RecordKind<E> kind, long cityId, RecordValues values,
                                            RecordSource source) {
        return prepare(actor, kind, cityId, values, source, this::takenInDatabase);
    }

    /** The same, with uniqueness answered by {@code taken}, such as an import's answer for a chunk of rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> E prepare(Actor actor, RecordKind<E> kind, long cityId, RecordValues values,
                                            RecordSource source, Taken taken) {
        E record = kind.newRecord();
        kind.apply(record, values);
        record.logged(cityId, RecordScope.loggingAgency(actor, kind, cityId), source, actor.username(), now());
        yearLocks.requireLockedFiguresKept(cityId, Map.of(), kind.yearParts(record));
        requireConsistentWithData(kind, record, taken);
        return record;
    }

    /**
     * An existing record with checked values applied and checked against the data, not yet stored: a
     * correction of one record. With a {@code version}, only if nobody changed the record since it was
     * read. The record stays managed, so storing it is a flush.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> Revision<E> revise(Actor actor, RecordKind<E> kind, long cityId, long id, Long version,
                                                     RecordValues values) {
        return revision(actor, kind, reads.find(actor, kind, cityId, id), version, values, this::takenInDatabase);
    }

    /**
     * The same revision on a detached copy: what correcting one record and importing an edited export have
     * in common. An import's check must store nothing even inside a transaction (a query of the checks
     * would otherwise flush the applied values); a real import then writes the rows it kept through its
     * own batch path, with the version checked again by the database.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> Revision<E> checkRevision(Actor actor, RecordKind<E> kind, long cityId, long id,
                                                            Long version, RecordValues values, Taken taken) {
        E record = reads.find(actor, kind, cityId, id);
        if (em.isJoinedToTransaction()) {
            em.detach(record);
        }
        return revision(actor, kind, record, version, values, taken);
    }

    private <E extends CityRecord> Revision<E> revision(Actor actor, RecordKind<E> kind, E record, Long version,
                                                        RecordValues values, Taken taken) {
        RecordScope.requireMayChange(actor, kind, record);
        if (version != null) {
            requireVersion(record, version);
        }
        JsonObject before = kind.toJson(record);
        List<String> old = texts(kind, record);
        Map<Integer, List<String>> partsBefore = kind.yearParts(record);
        kind.apply(record, values);
        boolean changed = !old.equals(texts(kind, record));
        // The checks below query (the year locks, a kind's references, the city's numbers), and a query would
        // first write the changed record: a value they are there to refuse (a park that does not exist) would
        // reach the database and fail there as a 500. Nothing is written until they pass (see write).
        boolean managed = em.isJoinedToTransaction() && em.contains(record);
        FlushModeType flush = managed ? em.getFlushMode() : null;
        if (managed) {
            em.setFlushMode(FlushModeType.COMMIT);
        }
        try {
            if (changed) {
                // A change that changes what an accepted year counts is refused, whatever the record's own year;
                // a row of an exported locked year imported back unchanged changes nothing and passes.
                yearLocks.requireLockedFiguresKept(record.getCityId(), partsBefore, kind.yearParts(record));
                record.touched(actor.username(), now());
            }
            requireConsistentWithData(kind, record, taken);
        } finally {
            if (managed) {
                em.setFlushMode(flush);
            }
        }
        return new Revision<>(record, before, changed);
    }

    public <E extends CityRecord> E update(Actor actor, RecordKind<E> kind, long cityId, long id, long version,
                                           RecordValues values, RecordSource source) {
        Revision<E> revision = revise(actor, kind, cityId, id, version, values);
        E record = revision.record();
        if (!revision.changed()) {
            yearLocks.requireOpenYear(cityId, record.getYear());
            // A save is a save: even with nothing changed it takes a new version and says who saved when,
            // as a client that PUTs expects. Only an import skips rows that change nothing.
            record.touched(actor.username(), now());
        }
        write(kind, record, version, () -> { });
        auditLog.record(entry(actor, Action.UPDATE, source, null, kind, record, revision.before()));
        return record;
    }

    /** Deletes a record; with a version, only if nobody changed it since it was read. */
    public <E extends CityRecord> void delete(Actor actor, RecordKind<E> kind, long cityId, long id, Long version,
                                              RecordSource source) {
        E record = reads.find(actor, kind, cityId, id);
        RecordScope.requireMayChange(actor, kind, record);
        if (version != null) {
            requireVersion(record, version);
        }
        yearLocks.requireLockedFiguresKept(cityId, kind.yearParts(record), Map.of());
        yearLocks.requireNotHeld(kind, id);
        JsonObject before = kind.toJson(record);
        write(kind, record, record.getVersion(), () -> em.remove(record));
        auditLog.record(AuditEntry.change(actor.username(), Action.DELETE, source.name(), kind.path(), id, cityId,
                before, null));
    }

    /**
     * Runs a change and writes it now, so that what the database refuses surfaces inside this call: a
     * concurrent edit as a stale version, a broken constraint as a problem naming the field.
     */
    <E extends CityRecord> void write(RecordKind<E> kind, E record, long version, Runnable change) {
        try {
            change.run();
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(version, version + 1);
        } catch (RuntimeException e) {
            throw constraintProblems.of(e, kind, record).orElse(e);
        }
    }

    /** The audit entry of a change to a stored record: its state before (null for a new one) and now. */
    <E extends CityRecord> AuditEntry entry(Actor actor, Action action, RecordSource source, String importId,
                                            RecordKind<E> kind, E record, JsonObject before) {
        return new AuditEntry(record.getUpdatedAt(), actor.username(), action, source.name(), importId, kind.path(),
                record.getId(), record.getCityId(), before == null ? null : before.toString(), kind.toJson(record).toString());
    }

    /**
     * References that fit the city, and values unique within the city where the kind asks for it. A
     * value already taken is a conflict (409), like the unique key that guards it in the database.
     */
    private <E extends CityRecord> void requireConsistentWithData(RecordKind<E> kind, E record, Taken taken) {
        List<Violation> violations = new ArrayList<>(kind.referenceViolations(record));
        List<Violation> held = new ArrayList<>();
        for (String name : kind.uniqueWithinCity()) {
            RecordField<E, ?> field = kind.field(name).orElseThrow();
            Object value = field.read(record);
            if (value != null && taken.taken(field, value, record)) {
                held.add(Violation.of(name, "field.duplicate-in-city", field.text(record)));
            }
        }
        if (!violations.isEmpty()) {
            violations.addAll(held);
            throw new InvalidInputException(violations);
        }
        if (!held.isEmpty()) {
            throw new ConflictException(held);
        }
    }

    /** Whether another record of the city holds the value, asked of the database for this one record. */
    private boolean takenInDatabase(RecordField<?, ?> field, Object value, CityRecord record) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<? extends CityRecord> root = count.from(record.getClass());
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(root.get("cityId"), record.getCityId()),
                cb.equal(RecordCriteria.attribute(root, field.attribute()), value)));
        if (record.getId() != null) {
            where.add(cb.notEqual(root.get("id"), record.getId()));
        }
        count.select(cb.count(root)).where(where.toArray(Predicate[]::new));
        return em.createQuery(count).setFlushMode(FlushModeType.COMMIT).getSingleResult() > 0;
    }

    /**
     * Uniqueness for many records at once, each answer what {@link #prepare} and {@link #checkRevision}
     * would find for its record alone: one query per unique field for all the candidates instead of one
     * per record, which made the database round trip the cost of importing vouchers and free filings. The
     * database compares, with the column's own collation, exactly as the unique key does; a record whose
     * value turns out other than its candidate's is asked of the database on its own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> List<Taken> uniqueness(RecordKind<E> kind, long cityId, List<UniqueCandidate> candidates) {
        Map<String, Set<Integer>> heldBy = new HashMap<>();
        for (String name : kind.uniqueWithinCity()) {
            heldBy.put(name, held(kind, cityId, kind.field(name).orElseThrow(), candidates));
        }
        List<Taken> answers = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            UniqueCandidate candidate = candidates.get(i);
            int row = i;
            answers.add((field, value, record) -> value.equals(candidate.values().get(field.name()))
                    && Objects.equals(record.getId(), candidate.recordId())
                    ? heldBy.get(field.name()).contains(row)
                    : takenInDatabase(field, value, record));
        }
        return answers;
    }

    /**
     * The positions of the candidates whose value of {@code field} another record of the city holds. Plain
     * JDBC on the transaction's connection: EclipseLink matches each parameter of a native query against
     * all the others, which made the 3,000 parameters of a chunk cost seconds.
     */
    private <E extends CityRecord> Set<Integer> held(RecordKind<E> kind, long cityId, RecordField<E, ?> field,
                                                               List<UniqueCandidate> candidates) {
        Set<Integer> held = new HashSet<>();
        List<Integer> asked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).values().get(field.name()) != null) {
                asked.add(i);
            }
        }
        if (asked.isEmpty()) {
            return held;
        }
        String column = ConstraintProblems.columnOf(kind.entityClass(), field.attribute());
        String cityColumn = ConstraintProblems.columnOf(kind.entityClass(), "cityId");
        String idColumn = ConstraintProblems.columnOf(kind.entityClass(), "id");
        // The candidates as a table of their own, compared in the database: the column's collation (letter
        // case, full-width forms) decides, as it does for the unique key, not Java's equals.
        String sql = "WITH c (n, v, own) AS (VALUES " + String.join(", ", Collections.nCopies(asked.size(), "(?, ?, ?)"))
                + ") SELECT c.n FROM c WHERE EXISTS (SELECT 1 FROM " + kind.table() + " e WHERE e." + cityColumn
                + " = ? AND e." + column + " = c.v AND e." + idColumn + " <> c.own)";
        try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(sql)) {
            int p = 1;
            for (int i : asked) {
                UniqueCandidate candidate = candidates.get(i);
                query.setInt(p++, i);
                query.setObject(p++, candidate.values().get(field.name()));
                query.setLong(p++, candidate.recordId() == null ? 0 : candidate.recordId());
            }
            query.setLong(p, cityId);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    held.add(found.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot ask which " + field.name() + " values the city holds", e);
        }
        return held;
    }

    private static <E extends CityRecord> List<String> texts(RecordKind<E> kind, E record) {
        return kind.fields().stream().map(f -> f.text(record)).toList();
    }

    /** Timestamps at the database's precision, so an answer shows what a later read will show. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireVersion(CityRecord record, long version) {
        if (record.getVersion() != version) {
            throw new StaleVersionException(version, record.getVersion());
        }
    }
}
