package org.pilotops.summary.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
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

    @Override
    public Map<Integer, String> locks(EntityManager em, long cityId) {
        Map<Integer, String> locks = new TreeMap<>();
        em.createQuery("select s.year from AnnualSummary s where s.cityId = :city and s.status = :accepted",
                        Integer.class)
                .setParameter("city", cityId)
                .setParameter("accepted", SummaryStatus.ACCEPTED)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(year -> locks.put(year, "/api/v1/cities/" + cityId + "/annual-summaries/" + year));
        return locks;
    }
}
