package org.pilotops.summary.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

    /** The figures of every year from {@code fromYear} to {@code toYear}, in one query. */
    public Map<Integer, Indicators> indicators(IndicatorScope scope, int fromYear, int toYear) {
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
