package org.pilotops.records.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
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
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultSetType;
import org.eclipse.persistence.queries.Cursor;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.field.FieldValueException;
import org.pilotops.platform.idempotency.IdempotencyKey;
import org.pilotops.platform.idempotency.IdempotencyKeys;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordHold;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.record.RecordValues;
import org.pilotops.platform.record.RecordYearLock;
import org.pilotops.platform.record.YearLockedException;
import org.pilotops.platform.security.Actor;

/**
 * The use cases of every record kind: list, read, log, correct, delete, and read a record's history.
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

    /** Separates the ends of a range filter, {@code 2019-01-01..2019-06-30}; either end may be left open. */
    static final String RANGE = "..";

    /**
     * Rows the driver fetches at a time from a snapshot's cursor, and records read between two clearings
     * of the persistence context: what an export holds in memory, whatever its size.
     */
    static final int SNAPSHOT_BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    RecordTallies tallies;

    @Inject
    ConstraintProblems constraintProblems;

    /** What may lock a city's year (accepted annual summaries); none in an archive without the feature. */
    @Inject
    Instance<RecordYearLock> yearLocks;

    /** What may still rely on a record (submitted typical cases); none in an archive without the feature. */
    @Inject
    Instance<RecordHold> recordHolds;

    @Resource
    TransactionSynchronizationRegistry transactions;

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

    /** Reads the records of one snapshot, while the transaction that holds it lasts. */
    @FunctionalInterface
    public interface SnapshotReader<E> {
        void read(Iterable<E> records) throws IOException;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> RecordPage<E> list(Actor actor, RecordKind<E> kind, long cityId, RecordQuery query) {
        return new RecordPage<>(items(actor, kind, cityId, query), count(actor, kind, cityId, query), query.page(),
                query.size());
    }

    /** One page of a list without its total: what a paging table asks once it has the count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> List<E> items(Actor actor, RecordKind<E> kind, long cityId, RecordQuery query) {
        requireListable(actor, kind, cityId, query);
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<E> select = cb.createQuery(kind.entityClass());
        Root<E> root = select.from(kind.entityClass());
        select.where(matching(actor, kind, cityId, query, cb, root));
        Path<?> sorted = attribute(root, kind, query.sort());
        Order order = query.descending() ? cb.desc(sorted) : cb.asc(sorted);
        // Ties in the id's order the same way round, so one index (city, column, id) serves either direction.
        Order tieBreak = query.descending() ? cb.desc(root.get("id")) : cb.asc(root.get("id"));
        select.orderBy(query.sort().equals("id") ? List.of(order) : List.of(order, tieBreak));
        return em.createQuery(select)
                .setFirstResult(Math.toIntExact(Math.min((long) query.page() * query.size(), Integer.MAX_VALUE)))
                .setMaxResults(query.size())
                .getResultList();
    }

    /**
     * How many records a list would hold in all; what a paging table asks before its first page. Without
     * filters (and for anyone who sees all of the city's records) the live aggregates know it: counting a
     * city's 100 000 records for every page of its list took longer than reading the page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> long count(Actor actor, RecordKind<E> kind, long cityId, RecordQuery query) {
        requireListable(actor, kind, cityId, query);
        if (query.filters().isEmpty() && !actor.onlyAgencyRecords()) {
            return tallies.records(cityId, kind.path(), query.year());
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> counted = count.from(kind.entityClass());
        count.select(cb.count(counted)).where(matching(actor, kind, cityId, query, cb, counted));
        return em.createQuery(count).getSingleResult();
    }

    /**
     * Refuses what no list can answer (400) and a city the actor may not see (404), reading nothing: what
     * an export asks before the first byte of its answer is written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireListable(Actor actor, RecordKind<?> kind, long cityId, RecordQuery query) {
        query.checkedFor(kind);
        requireSees(actor, cityId);
    }

    /**
     * Every record of a city's list (of one year, or of all years with {@code year} null; agency staff
     * only their agency's) in id order, handed to {@code reader} in one pass, for an export of any size:
     * <ul>
     * <li>One statement read through a forward-only cursor that the driver streams
     * ({@value #SNAPSHOT_BATCH} rows at a time) instead of loading: the cost grows with the rows, not with
     * their square as OFFSET pages did, and nothing counts them first.</li>
     * <li>One snapshot: InnoDB answers a statement from one read view, and in this transaction (REPEATABLE
     * READ, MariaDB's default, which the data source keeps) the statements an eager collection adds read
     * the same view. Rows others write while the reader is busy are not in it, none of them half.</li>
     * <li>Constant memory: the records are read-only (never registered for changes) and the persistence
     * context is cleared after every batch, so none of them stays behind.</li>
     * </ul>
     * The records can be walked once, and only inside {@code reader}: the transaction holds the one
     * connection the cursor reads from, and ends with the call.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public <E extends CityRecord> void readSnapshot(Actor actor, RecordKind<E> kind, long cityId, Integer year,
                                                    SnapshotReader<E> reader) throws IOException {
        RecordQuery whole = wholeList(year);
        requireListable(actor, kind, cityId, whole);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<E> select = cb.createQuery(kind.entityClass());
        Root<E> root = select.from(kind.entityClass());
        select.where(matching(actor, kind, cityId, whole, cb, root)).orderBy(cb.asc(root.get("id")));
        // Untyped, because with these hints EclipseLink answers with its cursor rather than an entity.
        Query query = em.createQuery(select)
                .setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE)
                .setHint(QueryHints.RESULT_SET_TYPE, ResultSetType.ForwardOnly)
                .setHint(QueryHints.JDBC_FETCH_SIZE, SNAPSHOT_BATCH)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE);
        Cursor cursor = (Cursor) query.getSingleResult();
        try {
            reader.read(() -> new Iterator<>() {
                private long read;

                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public E next() {
                    if (!cursor.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    if (++read % SNAPSHOT_BATCH == 0) {
                        em.clear();
                    }
                    return kind.entityClass().cast(cursor.next());
                }
            });
        } finally {
            cursor.close();
        }
    }

    /** A list of one year or all, without paging: what a snapshot reads. */
    private static RecordQuery wholeList(Integer year) {
        return new RecordQuery(year, 0, RecordQuery.MAX_SIZE, "id", false, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> E find(Actor actor, RecordKind<E> kind, long cityId, long id) {
        E record = em.find(kind.entityClass(), id);
        if (record == null || record.getCityId() != cityId || !actor.seesRecordOf(cityId, record.getLoggingAgencyId())) {
            throw new NotFoundException();
        }
        return record;
    }

    /** Who changed a record, when, from where, and each field before and after; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> List<RecordChange> history(Actor actor, RecordKind<E> kind, long cityId, long id) {
        find(actor, kind, cityId, id);
        return auditLog.historyOf(kind.path(), id).stream().map(e -> RecordChange.of(e, kind)).toList();
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
            return new Logged<>(find(actor, kind, cityId, earlier.get().subjectId()), true);
        }
        E record = create(actor, kind, cityId, values, source);
        idempotencyKeys.fill(actor.username(), key, record.getId());
        return new Logged<>(record, false);
    }

    /** Refuses, before any input is read, an actor who may not log this kind for this city. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayLog(Actor actor, RecordKind<?> kind, long cityId) {
        requireSees(actor, cityId);
        loggingAgency(actor, kind, cityId);
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
        record.logged(cityId, loggingAgency(actor, kind, cityId), source, actor.username(), now());
        requireLockedFiguresKept(cityId, Map.of(), kind.yearParts(record));
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
        return revision(actor, kind, find(actor, kind, cityId, id), version, values, this::takenInDatabase);
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
        E record = find(actor, kind, cityId, id);
        if (em.isJoinedToTransaction()) {
            em.detach(record);
        }
        return revision(actor, kind, record, version, values, taken);
    }

    private <E extends CityRecord> Revision<E> revision(Actor actor, RecordKind<E> kind, E record, Long version,
                                                        RecordValues values, Taken taken) {
        requireMayChange(actor, kind, record);
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
                requireLockedFiguresKept(record.getCityId(), partsBefore, kind.yearParts(record));
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
            requireOpenYear(cityId, record.getYear());
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
        E record = find(actor, kind, cityId, id);
        requireMayChange(actor, kind, record);
        if (version != null) {
            requireVersion(record, version);
        }
        requireLockedFiguresKept(cityId, kind.yearParts(record), Map.of());
        requireNotHeld(kind, id);
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
                cb.equal(attribute(root, field.attribute()), value)));
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

    /**
     * Refuses (409) a change that changes what a locked (accepted) year counts: the record's
     * {@link RecordKind#yearParts parts} before the change ({@code before}, empty for a new record) and after
     * it ({@code after}, empty for a deletion), compared for each locked year. The one place the record
     * mechanism asks: creating, correcting, deleting and importing all pass here, and a record of an open
     * year cannot reach into a locked one. What does not pass here is not locked: SQL written by hand, and
     * agencies and their attorneys, which are not kept per year.
     */
    private void requireLockedFiguresKept(long cityId, Map<Integer, List<String>> before,
                                          Map<Integer, List<String>> after) {
        locks(cityId).forEach((year, lockedBy) -> {
            if (!before.getOrDefault(year, List.of()).equals(after.getOrDefault(year, List.of()))) {
                throw new YearLockedException(cityId, year, lockedBy);
            }
        });
    }

    /** Refuses (409) to touch a record whose own year is locked (a save that changes nothing still does). */
    private void requireOpenYear(long cityId, int year) {
        String lockedBy = locks(cityId).get(year);
        if (lockedBy != null) {
            throw new YearLockedException(cityId, year, lockedBy);
        }
    }

    /** Refuses (409) to delete a record that something still relies on, naming what (see {@link RecordHold}). */
    private void requireNotHeld(RecordKind<?> kind, long id) {
        List<String> holders = new ArrayList<>();
        recordHolds.forEach(hold -> holders.addAll(hold.holders(em, kind.path(), id)));
        if (!holders.isEmpty()) {
            throw new RecordHeldException(holders);
        }
    }

    /**
     * The city's locked years and what locks each, for a page that shows them as locked rather than
     * failing on save, and for an import, which asks before its first row (see {@link #locks}).
     *
     * @param forWrite whether the caller writes in this transaction (then the answer holds until it ends)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Integer, String> lockedYears(Actor actor, long cityId, boolean forWrite) {
        requireSees(actor, cityId);
        return locks(cityId, forWrite);
    }

    /** The locks a write of the city's records is checked against (see {@link RecordYearLock#locks}). */
    private Map<Integer, String> locks(long cityId) {
        return locks(cityId, true);
    }

    /**
     * The locks of a city, asked once per transaction: an import of 100 000 rows would otherwise ask
     * for every row. Within one transaction the answer cannot change under the caller's feet any more
     * than between two of its statements (for a write it is read with a shared lock to make sure).
     */
    private Map<Integer, String> locks(long cityId, boolean forWrite) {
        boolean inTransaction = transactions.getTransactionKey() != null;
        String key = "pilotops.yearLocks." + cityId;
        @SuppressWarnings("unchecked")
        Map<Integer, String> known = inTransaction ? (Map<Integer, String>) transactions.getResource(key) : null;
        if (known == null) {
            Map<Integer, String> locks = new HashMap<>();
            yearLocks.forEach(lock -> locks.putAll(lock.locks(em, cityId, forWrite && inTransaction)));
            known = Map.copyOf(locks);
            if (inTransaction) {
                transactions.putResource(key, known);
            }
        }
        return known;
    }

    private static void requireSees(Actor actor, long cityId) {
        if (!actor.sees(cityId)) {
            throw new NotFoundException();
        }
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
        List<Violation> wrong = new ArrayList<>();
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            RecordField<?, ?> field = kind.filter(filter.getKey()).orElseThrow();
            try {
                where.add(filterOn(field, filter.getValue().strip(), cb, root));
            } catch (FieldValueException e) {
                wrong.add(new Violation(filter.getKey(), 0, e.key(), e.args()));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Free text matches a part, with the LIKE wildcards taken literally; everything else its exact value,
     * read as the field reads input; dates and numbers also a range {@code from..to}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate filterOn(RecordField<?, ?> field, String value, CriteriaBuilder cb, Root<?> root)
            throws FieldValueException {
        Path<?> path = attribute(root, field.attribute());
        if (field.type().matchesPart()) {
            String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return cb.like(path.as(String.class), "%" + escaped + "%", '\\');
        }
        int range = value.indexOf(RANGE);
        if (field.type().ranged() && range >= 0) {
            Comparable from = (Comparable) field.parseText(value.substring(0, range));
            Comparable to = (Comparable) field.parseText(value.substring(range + RANGE.length()));
            Expression<Comparable> ordered = (Expression<Comparable>) path;
            List<Predicate> bounds = new ArrayList<>();
            if (from != null) {
                bounds.add(cb.greaterThanOrEqualTo(ordered, from));
            }
            if (to != null) {
                bounds.add(cb.lessThanOrEqualTo(ordered, to));
            }
            return cb.and(bounds.toArray(Predicate[]::new));
        }
        Object exact = field.parseText(value);
        return exact == null ? cb.isNull(path) : cb.equal(path, exact);
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
}
