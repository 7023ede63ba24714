package org.pilotops.summary.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pilotops.platform.record.ProgrammeDates;
import org.pilotops.summary.entity.Indicator;

/**
 * Computes the indicators of SPEC §5 from the records the cities and agencies logged: for one city, a
 * province's cities together, or the nation; for a year or a run of years; each call one SQL statement
 * ({@link IndicatorStatement}), whose cost grows with the records of the scope, not of the database.
 */
@ApplicationScoped
public class IndicatorCalculator {

    /** No record is dated before the programme began, so the first pilot year has no previous one. */
    static final int FIRST_YEAR = ProgrammeDates.EARLIEST.getYear();

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** A scope's figures as last computed, with the data revision they were computed at. */
    private final Map<Measured, Computed> computed = new ConcurrentHashMap<>();

    private record Measured(IndicatorScope scope, int fromYear, int toYear) {
    }

    private record Computed(List<Long> revision, Map<Integer, Indicators> figures) {
    }

    /**
     * The figures of every year from {@code fromYear} to {@code toYear}, in one query. A city's, a province's
     * or the nation's are kept and answered again until anything they are computed from changes: the write counts
     * of the scope's tallies and the data revision, which the database's triggers move with every write
     * (migration {@code V0022}), so they are never stale — yet a national dashboard at a million records
     * does not scan them all again while nothing changed (nor a city's dashboard its hundred thousand
     * records). Kept per node, at most one entry per scope and run of years; the revision is read from the
     * database, so every node sees every other node's writes. Inside a transaction nothing is kept or
     * reused: it may have written what it then rolls back.
     */
    public Map<Integer, Indicators> indicators(IndicatorScope scope, int fromYear, int toYear) {
        if (transactions.getTransactionKey() != null) {
            return measure(scope, fromYear, toYear);
        }
        Measured key = new Measured(scope, fromYear, toYear);
        List<Long> revision = revision(scope);
        Computed known = computed.get(key);
        if (known != null && known.revision().equals(revision)) {
            return known.figures();
        }
        Map<Integer, Indicators> figures = measure(scope, fromYear, toYear);
        computed.put(key, new Computed(revision, figures));
        return figures;
    }

    /** What the scope's figures depend on, as two numbers that only grow while the figures stay the same. */
    private List<Long> revision(IndicatorScope scope) {
        Query query = em.createNativeQuery("SELECT (SELECT revision FROM data_revision WHERE id = 1), "
                + "(SELECT COALESCE(SUM(changes), 0) FROM record_tally WHERE "
                + scope.condition("city_id").replace(":scope", "?1") + ")");
        if (scope.level() != IndicatorScope.Level.NATION) {
            query.setParameter(1, scope.id());
        }
        Object[] row = (Object[]) query.getSingleResult();
        return List.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private Map<Integer, Indicators> measure(IndicatorScope scope, int fromYear, int toYear) {
        IndicatorStatement statement = new IndicatorStatement(scope, fromYear, toYear);
        Query query = em.createNativeQuery(statement.sql());
        List<Object> parameters = statement.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return statement.figures(rows);
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
