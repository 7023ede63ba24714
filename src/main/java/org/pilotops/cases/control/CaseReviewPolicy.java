package org.pilotops.cases.control;

import java.util.EnumSet;
import java.util.Set;
import org.pilotops.cases.entity.CaseAction;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;

/**
 * Who may see and do what to a city's typical cases (SPEC §1, §8): the city's reporters write, submit and
 * delete (drafts never submitted) their city's cases; the reviewers of its province read them once
 * submitted; national reviewers read every submitted case and select or return it. A draft the city has
 * never handed in is the city's own working paper: no reviewer sees it. Agency staff, who see a city only
 * through their agency's records, and administrators without a reviewer role see no cases at all.
 *
 * <p>The service asks in this order: may the actor see the case (no: 404, so nobody learns that another
 * city's case exists), may the actor take this step (no: 403), does the case's state allow it (no: 409,
 * from the entity).
 */
public final class CaseReviewPolicy {

    private CaseReviewPolicy() {
    }

    /** Does the actor's role read typical cases at all? Agency staff and plain administrators do not. */
    public static boolean readsCases(Actor actor) {
        return !actor.onlyAgencyRecords() && (actor.has(Role.CITY_REPORTER) || actor.has(Role.PROVINCE_REVIEWER)
                || actor.has(Role.NATIONAL_REVIEWER));
    }

    /** May the actor read (some of) the city's cases: its reporters, its province's reviewers, national reviewers. */
    public static boolean maySeeCity(Actor actor, long cityId) {
        if (!readsCases(actor) || !actor.sees(cityId)) {
            return false;
        }
        // Seeing a city's records is what scopes a reviewer to the cities of the province; a reporter
        // sees only its own city.
        return actor.reportsFor(cityId) || actor.has(Role.PROVINCE_REVIEWER) || actor.has(Role.NATIONAL_REVIEWER);
    }

    /** May the actor read this case: the city's reporters always, reviewers once it has been handed in. */
    public static boolean maySee(Actor actor, TypicalCase typicalCase) {
        long cityId = typicalCase.getCityId();
        return maySeeCity(actor, cityId)
                && (actor.reportsFor(cityId) || typicalCase.getStatus().submittedOnce());
    }

    /** The steps this actor may take on the cases of a city, whatever a case's state. */
    public static Set<CaseAction> permittedActions(Actor actor, long cityId) {
        Set<CaseAction> permitted = EnumSet.noneOf(CaseAction.class);
        if (!readsCases(actor)) {
            return permitted;
        }
        if (actor.reportsFor(cityId)) {
            permitted.add(CaseAction.EDIT);
            permitted.add(CaseAction.SUBMIT);
        }
        if (actor.has(Role.NATIONAL_REVIEWER)) {
            permitted.add(CaseAction.SELECT);
            permitted.add(CaseAction.RETURN);
        }
        return permitted;
    }

    /** What the portal offers this actor on this case now: permitted to them and allowed by its state. */
    public static Set<CaseAction> availableActions(Actor actor, TypicalCase typicalCase) {
        Set<CaseAction> available = EnumSet.noneOf(CaseAction.class);
        available.addAll(permittedActions(actor, typicalCase.getCityId()));
        available.retainAll(typicalCase.allowedActions());
        return available;
    }

    /** May the actor delete this case now: a reporter of its city, and the case a draft never submitted. */
    public static boolean mayDelete(Actor actor, TypicalCase typicalCase) {
        return permittedActions(actor, typicalCase.getCityId()).contains(CaseAction.EDIT) && typicalCase.isDeletable();
    }

    /** Refuses with 403 a step the actor may not take; call it only for a case (or city) the actor may see. */
    public static void requirePermitted(Actor actor, long cityId, CaseAction action) {
        if (!permittedActions(actor, cityId).contains(action)) {
            throw new OperationNotAllowedException("problem.not-allowed.case." + action.name());
        }
    }

    /** The compilation of the selected cases is the national reviewers' (SPEC §9); 403 for everyone else. */
    public static void requireCompiler(Actor actor) {
        if (!actor.has(Role.NATIONAL_REVIEWER)) {
            throw new OperationNotAllowedException("problem.not-allowed.case-compilation");
        }
    }
}
