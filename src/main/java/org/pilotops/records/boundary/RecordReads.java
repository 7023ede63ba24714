package org.pilotops.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultSetType;
import org.eclipse.persistence.queries.Cursor;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;
import org.pilotops.records.control.RecordScope;

/**
 * Reading every record kind: a list (paged, sorted and filtered in the database), its count (from the live
 * aggregates when it can), one record, its history, and a whole list as one snapshot for an export. Scope is
 * decided for each call: a record the actor may not see is "not found", whether it exists or not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordReads {

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
    RecordTallies tallies;

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
        select.where(RecordCriteria.matching(actor, kind, cityId, query, cb, root));
        Path<?> sorted = RecordCriteria.attribute(root, kind, query.sort());
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
        count.select(cb.count(counted)).where(RecordCriteria.matching(actor, kind, cityId, query, cb, counted));
        return em.createQuery(count).getSingleResult();
    }

    /**
     * Refuses what no list can answer (400) and a city the actor may not see (404), reading nothing: what
     * an export asks before the first byte of its answer is written.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireListable(Actor actor, RecordKind<?> kind, long cityId, RecordQuery query) {
        query.checkedFor(kind);
        RecordScope.requireSees(actor, cityId);
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
        select.where(RecordCriteria.matching(actor, kind, cityId, whole, cb, root)).orderBy(cb.asc(root.get("id")));
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
}
