package org.pilotops.summary.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pilotops.platform.record.RecordYearLock;
import org.pilotops.summary.entity.SummaryStatus;

/**
 * The records of a city's year are locked once its annual summary of the year is accepted, until a
 * national reviewer reopens it (SPEC §4). The record mechanism asks through the platform's
 * {@link RecordYearLock}, since the platform may not use this feature; the answer names the summary.
 */
@ApplicationScoped
public class AcceptedSummaryLock implements RecordYearLock {

    /**
     * For a write, reads the city's summaries with a shared lock, held to the end of the writer's
     * transaction: a summary being accepted meanwhile waits for the write to commit (and the write was
     * checked against the year still open), or the write waits for the acceptance and then finds the year
     * locked. Never a write that commits after the acceptance it was checked before.
     */
    @Override
    public Map<Integer, String> locks(EntityManager em, long cityId, boolean forWrite) {
        Map<Integer, String> locks = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT year, status FROM annual_summary WHERE city_id = ?1"
                        + (forWrite ? " LOCK IN SHARE MODE" : ""))
                .setParameter(1, cityId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        rows.stream().filter(r -> SummaryStatus.ACCEPTED.name().equals(r[1]))
                .map(r -> ((Number) r[0]).intValue())
                .forEach(year -> locks.put(year, "/api/v1/cities/" + cityId + "/annual-summaries/" + year));
        return locks;
    }
}
