package org.pilotops.cases.entity;

import java.util.List;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.Violation;

/**
 * A case whose state allows submitting but whose content is not complete: title, content area,
 * background, measures and results are all needed. 409, because the request is fine and the stored case
 * is not; each violation names the part to write ({@code area}, {@code results}, …).
 */
public class CaseNotSubmittableException extends ConflictException {

    public CaseNotSubmittableException(List<Violation> missing) {
        super("case.not-submittable", missing, missing.size());
    }
}
