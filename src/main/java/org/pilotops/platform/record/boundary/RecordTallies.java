package org.pilotops.platform.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;

/**
 * The live aggregates of the records (issue 11): per city, kind and reporting year, how many records
 * and the sum of the kind's main amount, kept by the database's triggers in the same transaction as every
 * write to a record table (migration {@code V0022}, which says why triggers). Dashboards read them here,
 * one small query however many records exist.
 *
 * <p>The consistency check recounts from the records ({@code record_tally_recount}) and reports every
 * (city, kind, year) whose stored tally differs; the rebuild replaces the tallies by the recount, for an
 * operator whose check found a difference (a restore from an older dump, triggers dropped by hand).
 * Scope is the caller's concern for reading; checking and rebuilding are for administrators.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordTallies {

    /** Audit subject of a rebuild: who replaced the aggregates, and how many rows differed before. */
    static final String SUBJECT = "record-tallies";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog auditLog;

    /** The records a set of cities logged of one kind in one year; {@code key} is what the rows are broken down by. */
    public record Tally(long key, String kind, int year, long records, BigDecimal amount) {
    }

    /** Which cities: one, those of one province, or all. */
    public record Scope(Long cityId, Integer provinceId) {

        public static Scope nation() {
            return new Scope(null, null);
        }

        public static Scope province(int provinceId) {
            return new Scope(null, provinceId);
        }

        public static Scope city(long cityId) {
            return new Scope(cityId, null);
        }

        String condition() {
            return cityId != null ? "t.city_id = ?3" : provinceId != null ? "c.province_id = ?3" : "TRUE";
        }

        Object parameter() {
            return cityId != null ? cityId : provinceId != null ? provinceId : 0;
        }
    }

    /** What the rows are summed per besides kind and year: nothing (the scope in all), each province, or each city. */
    public enum Breakdown {
        NONE("0"), PROVINCE("c.province_id"), CITY("t.city_id");

        private final String column;

        Breakdown(String column) {
            this.column = column;
        }
    }

    /** A (city, kind, year) whose stored tally is not what its records count. */
    public record Difference(long cityId, String kind, int year, long countedRecords, BigDecimal countedAmount,
                             long storedRecords, BigDecimal storedAmount) {

        public JsonObject toJson() {
            return JsonFactory.object().add("cityId", cityId).add("kind", kind).add("year", year)
                    .add("counted", figures(countedRecords, countedAmount))
                    .add("stored", figures(storedRecords, storedAmount)).build();
        }

        private static JsonObject figures(long records, BigDecimal amount) {
            var json = JsonFactory.object().add("records", records);
            return (amount == null ? json.addNull("amount") : json.add("amount", amount)).build();
        }
    }

    /** The result of a check: when, over how many stored tallies, and every difference found. */
    public record Check(Instant checkedAt, long tallies, List<Difference> differences) {

        public boolean consistent() {
            return differences.isEmpty();
        }

        public JsonObject toJson() {
            var list = JsonFactory.array();
            differences.forEach(d -> list.add(d.toJson()));
            return JsonFactory.object().add("checkedAt", checkedAt.toString()).add("tallies", tallies)
                    .add("consistent", consistent()).add("differences", list).build();
        }
    }

    /** The tallies of a scope's cities in a run of years, summed per breakdown key, kind and year. */
    public List<Tally> tallies(Scope scope, Breakdown by, int fromYear, int toYear) {
        Query query = em.createNativeQuery("SELECT " + by.column + ", t.kind, t.year, SUM(t.records), SUM(t.amount) "
                + "FROM record_tally t JOIN pilot_city c ON c.id = t.city_id "
                + "WHERE t.year BETWEEN ?1 AND ?2 AND " + scope.condition() + " "
                + "GROUP BY " + (by == Breakdown.NONE ? "" : by.column + ", ") + "t.kind, t.year");
        query.setParameter(1, fromYear).setParameter(2, toYear);
        if (!scope.condition().equals("TRUE")) {
            query.setParameter(3, scope.parameter());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Tally(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).longValue(), decimal(r[4]))).toList();
    }

    /**
     * How many records of one kind a city holds in a year, or in all its years with {@code year} null: the
     * total of a list without filters, a sum of at most a few rows instead of a count of the city's records.
     */
    public long records(long cityId, String kind, Integer year) {
        Query query = em.createNativeQuery("SELECT COALESCE(SUM(records), 0) FROM record_tally "
                + "WHERE city_id = ?1 AND kind = ?2" + (year == null ? "" : " AND year = ?3"));
        query.setParameter(1, cityId).setParameter(2, kind);
        if (year != null) {
            query.setParameter(3, year);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Recounts every tally from the records and compares, in one statement, so both sides are read as of
     * one moment even while others write. A tally of 0 records (all of them deleted or moved) is the same
     * as none.
     */
    public Check check(Actor actor) {
        requireAdmin(actor);
        Instant at = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT r.city_id, r.kind, r.year, r.records, r.amount, COALESCE(t.records, 0), t.amount "
                        + "FROM record_tally_recount r LEFT JOIN record_tally t "
                        + "ON t.city_id = r.city_id AND t.kind = r.kind AND t.year = r.year "
                        + "WHERE t.records IS NULL OR t.records <> r.records OR NOT (t.amount <=> r.amount) "
                        + "UNION ALL "
                        + "SELECT t.city_id, t.kind, t.year, 0, NULL, t.records, t.amount FROM record_tally t "
                        + "WHERE NOT (t.records = 0 AND COALESCE(t.amount, 0) = 0) AND NOT EXISTS (SELECT 1 FROM "
                        + "record_tally_recount r WHERE r.city_id = t.city_id AND r.kind = t.kind AND r.year = t.year) "
                        + "ORDER BY 1, 2, 3")
                .getResultList();
        long tallies = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM record_tally WHERE records <> 0")
                .getSingleResult()).longValue();
        return new Check(at, tallies, rows.stream().map(r -> new Difference(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).intValue(), ((Number) r[3]).longValue(), decimal(r[4]), ((Number) r[5]).longValue(),
                decimal(r[6]))).toList());
    }

    /**
     * Replaces every tally by the recount, in one transaction: the recount's reads lock the records they
     * read, so a write that comes in meanwhile waits and then adds itself to the rebuilt tally. Audited
     * with how many differences there were; answers the check afterwards.
     */
    @Transactional
    public Check rebuild(Actor actor) {
        Check before = check(actor);
        em.createNativeQuery("DELETE FROM record_tally").executeUpdate();
        em.createNativeQuery("INSERT INTO record_tally (city_id, kind, year, records, amount) "
                + "SELECT city_id, kind, year, records, amount FROM record_tally_recount").executeUpdate();
        // The rebuilt rows count their changes from 0 again: a new data revision keeps every figure computed
        // before from passing for current (IndicatorCalculator).
        em.createNativeQuery("UPDATE data_revision SET revision = revision + 1 WHERE id = 1").executeUpdate();
        auditLog.record(AuditEntry.change(actor.username(), Action.UPDATE, null, SUBJECT, 0, null,
                JsonFactory.object().add("differences", before.differences().size()).build(),
                JsonFactory.object().add("rebuilt", true).build()));
        return check(actor);
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.record-tallies");
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
