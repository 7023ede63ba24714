package org.pilotops.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;

/**
 * What is happening in the records of the cities a user sees, for the home pages: how many records of
 * each kind each city holds in a year, and a city's latest changes. Scoped like the records themselves:
 * agency staff count only what their agency logged.
 */
@ApplicationScoped
public class RecordActivity {

    @PersistenceContext
    EntityManager em;

    @Inject
    RecordKinds kinds;

    @Inject
    RecordTallies tallies;

    /**
     * Counts per city id, then per kind path; a city or kind without records has no entry. Whoever sees
     * whole cities reads the live aggregates ({@link RecordTallies}), a few rows per city however many
     * records there are; agency staff count what their agency logged, which the aggregates do not split.
     */
    public Map<Long, Map<String, Long>> inYear(Actor actor, int year) {
        if (!actor.onlyAgencyRecords()) {
            Map<Long, Map<String, Long>> counts = new HashMap<>();
            for (RecordTallies.Tally t : tallies.tallies(RecordTallies.Scope.nation(), RecordTallies.Breakdown.CITY,
                    year, year)) {
                if (t.records() != 0 && actor.sees(t.key())) {
                    counts.computeIfAbsent(t.key(), c -> new HashMap<>()).put(t.kind(), t.records());
                }
            }
            return counts;
        }
        List<RecordKind<?>> all = List.copyOf(kinds.all());
        String sql = all.stream()
                .map(k -> "SELECT '" + k.path() + "', city_id, COUNT(*) FROM " + k.table()
                        + " WHERE year = ? AND logging_agency_id = ? GROUP BY city_id")
                .collect(Collectors.joining(" UNION ALL "));
        Query query = em.createNativeQuery(sql);
        int position = 1;
        for (int i = 0; i < all.size(); i++) {
            query.setParameter(position++, year);
            query.setParameter(position++, actor.agencyId());
        }
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            long city = ((Number) columns[1]).longValue();
            if (actor.sees(city)) {
                counts.computeIfAbsent(city, c -> new HashMap<>()).put((String) columns[0], ((Number) columns[2]).longValue());
            }
        }
        return counts;
    }

    /**
     * A city's latest record changes, newest first, from the audit trail (its {@code (city_id, …)} index);
     * changes to the city's parks or settings are not record changes and are left out.
     */
    public List<LatestChange> latestChanges(Actor actor, long cityId, int limit) {
        if (!actor.sees(cityId) || actor.onlyAgencyRecords()) {
            return List.of();
        }
        List<String> kindPaths = kinds.all().stream().map(RecordKind::path).toList();
        List<AuditEntry> entries = em.createQuery("select a from AuditEntry a where a.cityId = :city "
                        + "and a.subjectType in :kinds order by a.id desc", AuditEntry.class)
                .setParameter("city", cityId)
                .setParameter("kinds", kindPaths)
                .setMaxResults(limit)
                .getResultList();
        if (entries.isEmpty()) {
            return List.of();
        }
        // A record deleted since is shown without a link: its page would only say "not found".
        Set<String> deleted = em.createQuery("select a.subjectType, a.subjectId from AuditEntry a where a.cityId = :city "
                        + "and a.action = :delete and a.subjectId in :ids", Object[].class)
                .setParameter("city", cityId)
                .setParameter("delete", AuditEntry.Action.DELETE)
                .setParameter("ids", entries.stream().map(AuditEntry::getSubjectId).distinct().toList())
                .getResultStream()
                .map(row -> row[0] + "/" + row[1])
                .collect(Collectors.toSet());
        return entries.stream()
                .map(e -> LatestChange.of(e, !deleted.contains(e.getSubjectType() + "/" + e.getSubjectId())))
                .toList();
    }

    /** One line of a city's latest changes: which record, what happened, who, when. */
    public record LatestChange(String kind, long recordId, String action, String source, String actor,
                               java.time.Instant at, boolean opens) implements java.io.Serializable {

        static LatestChange of(AuditEntry entry, boolean exists) {
            return new LatestChange(entry.getSubjectType(), entry.getSubjectId(), entry.getAction().name(),
                    entry.getSource(), entry.getActor(), entry.getOccurredAt(), exists);
        }
    }
}
