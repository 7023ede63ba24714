package org.pilotops.summary.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.pilotops.platform.field.ProgrammeDates;
import org.pilotops.summary.entity.Indicator;

/**
 * Computes the indicators of SPEC §5 from the records the cities and agencies logged: for one city, a
 * province's cities together, or the nation; for a year or a run of years; each call one SQL statement
 * ({@link IndicatorStatement}) that reads the figures and distinct counts' members the database keeps, so its
 * cost does not grow with the records of the scope.
 */
@ApplicationScoped
public class IndicatorCalculator {

    /** No record is dated before the programme began, so the first pilot year has no previous one. */
    static final int FIRST_YEAR = ProgrammeDates.EARLIEST.getYear();

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A branch of a scope's statement as last run, with what it depended on then. */
    private final Map<Measured, Computed> computed = new ConcurrentHashMap<>();

    private record Measured(IndicatorScope scope, int fromYear, int toYear, int branch) {
    }

    private record Computed(List<Long> revision, List<Object[]> rows) {
    }

    /**
     * The figures of every year from {@code fromYear} to {@code toYear}, in one query. A city's, a province's
     * or the nation's are kept, one {@linkplain IndicatorStatement branch} at a time, and answered again until
     * anything the branch reads changes: the write counts of the scope's tallies of the kinds it reads, and
     * the data revision, which the database's triggers move with every write (migration {@code V0022}), so
     * they are never stale — yet a dashboard read again while nothing changed runs no query but those
     * revisions, and a training session logged makes a city read its training sessions' figures again, not
     * its vouchers'. Kept per node, at most one entry per
     * scope, run of years and branch; the revisions are read from the database, so every node sees every
     * other node's writes. Inside a transaction nothing is kept or reused: it may have written what it
     * then rolls back.
     */
    public Map<Integer, Indicators> indicators(IndicatorScope scope, int fromYear, int toYear) {
        IndicatorStatement whole = new IndicatorStatement(scope, fromYear, toYear);
        if (transactions.getTransactionKey() != null) {
            return whole.figures(rows(whole));
        }
        Revisions revisions = revisions(scope);
        List<Object[]> rows = new ArrayList<>();
        List<Integer> stale = new ArrayList<>();
        for (int branch : IndicatorStatement.branches(scope.level())) {
            Computed known = computed.get(new Measured(scope, fromYear, toYear, branch));
            if (known != null && known.revision().equals(revisions.of(branch))) {
                rows.addAll(known.rows());
            } else {
                stale.add(branch);
            }
        }
        if (!stale.isEmpty()) {
            // Revisions read before the rows: a write in between makes the kept rows look stale, never current.
            Map<Integer, List<Object[]>> measured = rows(new IndicatorStatement(scope, fromYear, toYear, stale)).stream()
                    .collect(Collectors.groupingBy(row -> ((Number) row[0]).intValue()));
            for (int branch : stale) {
                List<Object[]> branchRows = measured.getOrDefault(branch, List.of());
                computed.put(new Measured(scope, fromYear, toYear, branch), new Computed(revisions.of(branch), branchRows));
                rows.addAll(branchRows);
            }
        }
        return whole.figures(rows);
    }

    /** The data revision and the write counts of a scope's tallies per kind: what its figures depend on. */
    private record Revisions(long data, Map<String, Long> changes) {

        /** What a branch depends on: two numbers that only grow while its rows stay the same. */
        List<Long> of(int branch) {
            return List.of(data, IndicatorStatement.kindsRead(branch).stream().mapToLong(kind -> changes.getOrDefault(kind, 0L)).sum());
        }
    }

    private Revisions revisions(IndicatorScope scope) {
        Query query = em.createNativeQuery("SELECT kind, SUM(changes) FROM record_tally WHERE "
                + scope.condition("city_id").replace(":scope", "?1") + " GROUP BY kind "
                + "UNION ALL SELECT NULL, revision FROM data_revision WHERE id = 1");
        if (scope.level() != IndicatorScope.Level.NATION) {
            query.setParameter(1, scope.id());
        }
        long data = 0;
        Map<String, Long> changes = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long count = ((Number) columns[1]).longValue();
            if (columns[0] == null) {
                data = count;
            } else {
                changes.put((String) columns[0], count);
            }
        }
        return new Revisions(data, changes);
    }

    private List<Object[]> rows(IndicatorStatement statement) {
        Query query = em.createNativeQuery(statement.sql());
        List<Object> parameters = statement.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    public Indicators indicators(IndicatorScope scope, int year) {
        return indicators(scope, year, year).get(year);
    }

    /**
     * A summary's indicator table: the year's figures and the previous year's (none for the programme's
     * first year), measured in one query, with the targets the previous year's summary set for this year.
     */
    public IndicatorTable table(IndicatorScope scope, int year, Map<Indicator, BigDecimal> targets) {
        boolean previousYear = year > FIRST_YEAR;
        Map<Integer, Indicators> figures = indicators(scope, previousYear ? year - 1 : year, year);
        return new IndicatorTable(figures.get(year), previousYear ? figures.get(year - 1) : null, targets);
    }
}
