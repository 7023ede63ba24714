package org.pilotops.summary.entity;

import java.util.List;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.Violation;

/**
 * A summary whose state allows submitting but whose content is not complete: every pilot content area
 * needs its narrative and the next year needs its plan. 409, because the request is fine and the stored
 * summary is not; each violation names the part to write ({@code sections.TALENT}, {@code nextYearPlan}).
 */
public class SummaryNotSubmittableException extends ConflictException {

    public SummaryNotSubmittableException(List<Violation> missing) {
        super("summary.not-submittable", missing, missing.size());
    }
}
