package org.pilotops.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import org.pilotops.cases.boundary.TypicalCaseService.CaseView;
import org.pilotops.cases.control.CaseReviewPolicy;
import org.pilotops.cases.entity.CaseAction;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.time.ApplicationClock;

/**
 * A case's review (SPEC §8): the city hands it in, a national reviewer selects it for the compilation or
 * returns it with a comment. Each step is decided as {@link CaseReviewPolicy} says and kept in the case's
 * history and the audit.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class CaseReview {

    @Inject
    ApplicationClock clock;

    @Inject
    TypicalCases store;

    /** The city hands the case in (again); every part must be written. */
    public CaseView submit(Actor actor, long caseId, String comment) {
        return step(actor, caseId, CaseAction.SUBMIT, comment);
    }

    /** A national reviewer selects the case for the year's compilation. */
    public CaseView select(Actor actor, long caseId, String comment) {
        return step(actor, caseId, CaseAction.SELECT, comment);
    }

    /** A national reviewer returns the case to the city, saying why (required). */
    public CaseView returnToCity(Actor actor, long caseId, String comment) {
        return step(actor, caseId, CaseAction.RETURN, comment);
    }

    private CaseView step(Actor actor, long caseId, CaseAction action, String comment) {
        TypicalCase typicalCase = store.load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), action);
        JsonObject before = TypicalCases.state(typicalCase, null, null);
        long version = typicalCase.getVersion();
        String by = actor.username();
        switch (action) {
            case SUBMIT -> typicalCase.submit(by, clock.clock(), comment);
            case SELECT -> typicalCase.select(by, clock.clock(), comment);
            case RETURN -> typicalCase.returnToCity(by, clock.clock(), comment);
            default -> throw new IllegalArgumentException(action.name());
        }
        store.flush(version);
        store.audit(actor, Action.UPDATE, typicalCase, before, TypicalCases.state(typicalCase, action, comment));
        return store.view(actor, typicalCase);
    }
}
