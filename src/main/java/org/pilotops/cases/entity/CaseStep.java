package org.pilotops.cases.entity;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.pilotops.platform.review.ReviewStep;

/** A step of a typical case's review: the common step, bound to its case. */
@Entity
@DiscriminatorValue("CASE")
public class CaseStep extends ReviewStep {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", updatable = false)
    private TypicalCase typicalCase;

    protected CaseStep() {
    }

    CaseStep(TypicalCase typicalCase, CaseAction action, CaseStatus fromState, CaseStatus toState, String actor,
             Instant at, String comment) {
        super(action, fromState, toState, actor, at, comment);
        this.typicalCase = typicalCase;
    }
}
