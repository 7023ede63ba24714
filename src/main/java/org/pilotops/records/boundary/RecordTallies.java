package org.pilotops.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
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
 * <p>The triggers keep the indicators' figures too (migration {@code V0025}): sums per city, year,
 * indicator and part, the members of the distinct counts per city and nationally, and the nation's counts
 * with their changes, which {@link #foldMemberChanges()} folds into them. The consistency check recounts
 * all of them from the records (the {@code *_recount} views) and reports every kept row that differs; the
 * rebuild replaces them by the recount, for an operator whose check found a difference (a restore from an
 * older dump, triggers dropped by hand). Scope is the caller's concern for reading; checking and
 * rebuilding are for administrators.
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

    /**
     * The kept tables with their columns and the recount each is rebuilt from, in the order a rebuild
     * fills them: the members before their counts (migrations V0022, V0025).
     */
    private static final List<String[]> KEPT = List.of(
            new String[] {"record_tally", "city_id, kind, year, records, amount", "record_tally_recount"},
            new String[] {"indicator_tally", "city_id, indicator, part, year, records, reported, value", "indicator_tally_recount"},
            new String[] {"indicator_member", "indicator, part, year, member, records", "indicator_member_recount"},
            new String[] {"indicator_city_member", "city_id, indicator, part, year, member, records", "indicator_city_member_recount"},
            new String[] {"indicator_member_count", "indicator, part, year, members", "indicator_member_count_recount"},
            new String[] {"indicator_city_member_count", "city_id, indicator, part, year, members",
                    "indicator_city_member_count_recount"});

    /** How many changes of the national distinct counts one transaction folds. */
    static final int FOLD_BATCH = 10_000;

    /**
     * A kept figure that is not what the records count: a (city, kind, year) tally; or with {@code figure}
     * an indicator's figure of a city ({@code INDICATOR} or {@code INDICATOR/part}, its records and sum), a
     * distinct count's member of a city or, without one, of the nation ({@code INDICATOR/member} or
     * {@code INDICATOR/part/member}, the records naming it) or a national count itself (no city, its members
     * as records).
     */
    public record Difference(Long cityId, String kind, String figure, int year, long countedRecords,
                             BigDecimal countedAmount, long storedRecords, BigDecimal storedAmount) {

        public JsonObject toJson() {
            var json = JsonFactory.object();
            if (cityId != null) {
                json.add("cityId", cityId);
            }
            if (kind != null) {
                json.add("kind", kind);
            }
            if (figure != null) {
                json.add("figure", figure);
            }
            return json.add("year", year).add("counted", figures(countedRecords, countedAmount))
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
     * Recounts every kept figure from the records and compares, one statement per table, each reading both
     * sides as of one moment even while others write: the record tallies, the indicators' figures, and the
     * distinct counts' members and the national counts (migrations V0022, V0025). A kept row of 0 records is the same as
     * none. Each statement puts the recount and the kept rows side by side in one pass (a UNION grouped by
     * the key), so it stays one scan of each at a million records.
     */
    public Check check(Actor actor) {
        requireAdmin(actor);
        Instant at = Instant.now();
        List<Difference> differences = new ArrayList<>();
        differences.addAll(differences("city_id, kind, NULL", "city_id, kind, year", "records, amount, 0",
                "record_tally", "record_tally_recount"));
        differences.addAll(differences("city_id, NULL, CONCAT_WS('/', indicator, NULLIF(part, ''))",
                "city_id, indicator, part, year", "records, value, reported", "indicator_tally", "indicator_tally_recount"));
        differences.addAll(differences("NULL, NULL, CONCAT_WS('/', indicator, NULLIF(part, ''), member)",
                "indicator, part, year, member", "records, NULL, 0", "indicator_member", "indicator_member_recount"));
        differences.addAll(differences("city_id, NULL, CONCAT_WS('/', indicator, NULLIF(part, ''), member)",
                "city_id, indicator, part, year, member", "records, NULL, 0", "indicator_city_member",
                "indicator_city_member_recount"));
        differences.addAll(differences("NULL, NULL, CONCAT_WS('/', indicator, NULLIF(part, ''))", "indicator, part, year",
                "members, NULL, 0", "indicator_member_counted", "indicator_member_count_recount"));
        differences.addAll(differences("city_id, NULL, CONCAT_WS('/', indicator, NULLIF(part, ''))", "city_id, indicator, part, year",
                "members, NULL, 0", "indicator_city_member_count", "indicator_city_member_count_recount"));
        long tallies = ((Number) em.createNativeQuery("SELECT (SELECT COUNT(*) FROM record_tally WHERE records <> 0) "
                + "+ (SELECT COUNT(*) FROM indicator_tally WHERE records <> 0) "
                + "+ (SELECT COUNT(*) FROM indicator_member WHERE records <> 0) "
                + "+ (SELECT COUNT(*) FROM indicator_city_member WHERE records <> 0)").getSingleResult()).longValue();
        return new Check(at, tallies, List.copyOf(differences));
    }

    /**
     * The keys whose recount and kept figures differ. {@code names} give the (city, kind, figure) a
     * difference is reported under, from the key's columns; {@code figures} the records, the amount and a
     * third count compared, as columns of both the kept table and its recount.
     */
    private List<Difference> differences(String names, String key, String figures, String kept, String recount) {
        String[] f = figures.split(", ");
        String side = "SELECT " + key + ", %s AS c_records, %s AS c_amount, %s AS c_third, "
                + "%s AS s_records, %s AS s_amount, %s AS s_third FROM %s";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + names + ", year, SUM(c_records), SUM(c_amount), "
                        + "SUM(s_records), SUM(s_amount) FROM ("
                        + side.formatted(f[0], f[1], f[2], "0", "NULL", "0", recount) + " UNION ALL "
                        + side.formatted("0", "NULL", "0", f[0], f[1], f[2], kept) + ") x GROUP BY " + key
                        + " HAVING (SUM(c_records) <> SUM(s_records) OR NOT (SUM(c_amount) <=> SUM(s_amount)) "
                        + "OR SUM(c_third) <> SUM(s_third)) AND NOT (SUM(c_records) = 0 AND SUM(s_records) = 0 "
                        + "AND COALESCE(SUM(s_amount), 0) = 0 AND SUM(s_third) = 0) ORDER BY " + key)
                .getResultList();
        return rows.stream().map(r -> new Difference(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), decimal(r[5]),
                ((Number) r[6]).longValue(), decimal(r[7]))).toList();
    }

    /**
     * Replaces every kept figure by the recount, in one transaction: the recount's reads lock the records
     * they read, so a write that comes in meanwhile waits and then adds itself to the rebuilt figures.
     * Audited with how many differences there were; answers how many. Check again after it returns, not in
     * its transaction, whose snapshot of the records would miss the writes that came in while it ran.
     */
    @Transactional
    public int rebuild(Actor actor) {
        Check before = check(actor);
        for (String[] kept : KEPT) {
            em.createNativeQuery("DELETE FROM " + kept[0]).executeUpdate();
            em.createNativeQuery("INSERT INTO " + kept[0] + " (" + kept[1] + ") SELECT " + kept[1] + " FROM " + kept[2])
                    .executeUpdate();
        }
        // The members' triggers logged their removal and return as changes: the counts were just recounted.
        em.createNativeQuery("DELETE FROM indicator_member_change").executeUpdate();
        // The rebuilt rows count their changes from 0 again: a new data revision keeps every figure computed
        // before from passing for current (IndicatorCalculator).
        em.createNativeQuery("UPDATE data_revision SET revision = revision + 1 WHERE id = 1").executeUpdate();
        auditLog.record(AuditEntry.change(actor.username(), Action.UPDATE, null, SUBJECT, 0, null,
                JsonFactory.object().add("differences", before.differences().size()).build(),
                JsonFactory.object().add("rebuilt", true).build()));
        return before.differences().size();
    }

    /**
     * Folds up to {@link #FOLD_BATCH} changes of the national distinct counts into the counts, oldest first,
     * in one transaction (their sum stays what it was, so no figure moves). Changes of transactions still
     * running are locked by them and skipped, left for the next fold; a second fold at the same time skips
     * this one's. Answers how many changes were folded.
     */
    @Transactional
    public int foldMemberChanges() {
        @SuppressWarnings("unchecked")
        List<Object[]> changes = em.createNativeQuery("SELECT id, indicator, part, year, members FROM indicator_member_change "
                + "ORDER BY id LIMIT " + FOLD_BATCH + " FOR UPDATE SKIP LOCKED").getResultList();
        if (changes.isEmpty()) {
            return 0;
        }
        // Summed per count, and the counts written in their key's order, so two folds never lock them crosswise.
        Map<String, Long> sums = new TreeMap<>();
        for (Object[] change : changes) {
            sums.merge(change[3] + "\t" + change[1] + "\t" + change[2], ((Number) change[4]).longValue(), Long::sum);
        }
        sums.forEach((key, members) -> {
            String[] count = key.split("\t", -1);
            em.createNativeQuery("INSERT INTO indicator_member_count (year, indicator, part, members) "
                            + "VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE members = members + VALUES(members)")
                    .setParameter(1, Integer.parseInt(count[0])).setParameter(2, count[1]).setParameter(3, count[2])
                    .setParameter(4, members).executeUpdate();
        });
        String ids = changes.stream().map(change -> String.valueOf(((Number) change[0]).longValue()))
                .collect(Collectors.joining(","));
        em.createNativeQuery("DELETE FROM indicator_member_change WHERE id IN (" + ids + ")").executeUpdate();
        return changes.size();
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
