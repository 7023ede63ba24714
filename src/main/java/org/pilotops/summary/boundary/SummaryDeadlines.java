package org.pilotops.summary.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.pilotops.summary.entity.ReportingYear;

/**
 * What the reminders ask of the annual summaries, read straight from the database on every run: the
 * reporting years with their due dates, and where each pilot city's summary of a year stands. A city that
 * has not started its summary has no row and reads as {@code NOT_STARTED}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryDeadlines {

    /** A reporting year's due dates; {@code caseCompilationDueDate} is null for a year that asks for no cases. */
    public record YearDeadlines(int year, LocalDate summaryDueDate, LocalDate caseCompilationDueDate) {
    }

    /**
     * A pilot city's summary of a year.
     *
     * @param status     a {@code SummaryStatus} name
     * @param returnedOn the day (Beijing) of the latest return, while the summary is {@code RETURNED}
     */
    public record CitySummary(long cityId, String cityName, int provinceId, String provinceName, int year, String status,
                              LocalDate returnedOn) {
    }

    @PersistenceContext
    EntityManager em;

    public List<YearDeadlines> years() {
        return em.createQuery("select y from ReportingYear y order by y.year", ReportingYear.class).getResultStream()
                .map(y -> new YearDeadlines(y.getYear(), y.getSummaryDueDate(), y.getCaseCompilationDueDate()))
                .toList();
    }

    /** Every active pilot city whose pilot period includes the year, with its summary's state. */
    public List<CitySummary> cities(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.id, c.name_zh, c.province_id, COALESCE(s.status, 'NOT_STARTED'),
                               (SELECT MAX(t.occurred_at) FROM review_step t
                                 WHERE t.summary_id = s.id AND t.action = 'RETURN'),
                               p.name_zh
                          FROM pilot_city c
                          JOIN province p ON p.id = c.province_id
                          LEFT JOIN annual_summary s ON s.city_id = c.id AND s.year = ?
                         WHERE c.status = 'ACTIVE' AND ? BETWEEN c.pilot_start_year AND c.pilot_end_year
                         ORDER BY c.id""")
                .setParameter(1, year).setParameter(2, year).getResultList();
        return rows.stream().map(r -> {
            String status = (String) r[3];
            LocalDate returnedOn = null;
            if ("RETURNED".equals(status) && r[4] != null) {
                // Stored as UTC (InstantConverter); the day of a return is the day in Beijing.
                returnedOn = toInstant(r[4]).atZone(ReportingYear.PROGRAMME_ZONE).toLocalDate();
            }
            return new CitySummary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                    (String) r[5], year, status, returnedOn);
        }).toList();
    }

    private static java.time.Instant toInstant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
