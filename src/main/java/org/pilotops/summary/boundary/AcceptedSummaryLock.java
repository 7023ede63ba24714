package org.pilotops.summary.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.pilotops.platform.record.RecordYearLock;

/**
 * The records of a city's year are locked once its annual summary of the year is accepted, until a
 * national reviewer reopens it (SPEC §4). The record mechanism asks through the platform's
 * {@link RecordYearLock}, since the platform may not use this feature; the answer names the summary.
 */
@ApplicationScoped
public class AcceptedSummaryLock implements RecordYearLock {

    @Override
    public Optional<String> lockOf(EntityManager em, long cityId, int year) {
        return AnnualSummaryService.locked(em, cityId, year)
                ? Optional.of("/api/v1/cities/" + cityId + "/annual-summaries/" + year)
                : Optional.empty();
    }
}
