package org.pilotops.summary.control;

import java.util.EnumSet;
import java.util.Set;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;
import org.pilotops.summary.entity.AnnualSummary;
import org.pilotops.summary.entity.ReportingYear;
import org.pilotops.summary.entity.SummaryAction;

/**
 * Who may see and do what to a city's annual summary (SPEC §1, §4): the city's reporters write and
 * submit it; the reviewers of its province endorse or return it; national reviewers accept, return and
 * reopen it. Agency staff, who see a city only through their agency's records, and administrators
 * without a reviewer role do not see summaries at all.
 *
 * <p>The service asks in this order: may the actor see the summary (no: 404, so nobody learns that
 * another city's summary exists), may the actor take this step (no: 403), does the summary's state allow
 * it (no: 409, from the entity).
 */
public final class SummaryReviewPolicy {

    private SummaryReviewPolicy() {
    }

    /** May this actor read the city's summaries and their history? */
    public static boolean maySee(Actor actor, long cityId) {
        // The cities an actor sees are its own (reporter), its province's (reviewer) or all (national),
        // and for agency staff those their agency serves, which gives no sight of the city's summaries.
        return actor.sees(cityId) && !actor.onlyAgencyRecords();
    }

    /**
     * The steps this actor may take on summaries of a city in province {@code cityProvinceId}, whatever
     * the summary's state.
     */
    public static Set<SummaryAction> permittedActions(Actor actor, long cityId, int cityProvinceId) {
        Set<SummaryAction> permitted = EnumSet.noneOf(SummaryAction.class);
        if (actor.reportsFor(cityId)) {
            permitted.add(SummaryAction.EDIT);
            permitted.add(SummaryAction.SUBMIT);
        }
        if (actor.has(Role.PROVINCE_REVIEWER) && actor.provinceId() != null && actor.provinceId() == cityProvinceId) {
            permitted.add(SummaryAction.ENDORSE);
            permitted.add(SummaryAction.RETURN);
        }
        if (actor.has(Role.NATIONAL_REVIEWER)) {
            permitted.add(SummaryAction.ACCEPT);
            permitted.add(SummaryAction.RETURN);
            permitted.add(SummaryAction.REOPEN);
        }
        return permitted;
    }

    /** What the portal offers this actor on this summary now: permitted to them and allowed by its state. */
    public static Set<SummaryAction> availableActions(Actor actor, int cityProvinceId, AnnualSummary summary,
                                                      ReportingYear reportingYear) {
        Set<SummaryAction> available = EnumSet.noneOf(SummaryAction.class);
        available.addAll(permittedActions(actor, summary.getCityId(), cityProvinceId));
        available.retainAll(summary.allowedActions(reportingYear));
        return available;
    }

    /** Refuses with 403 a step the actor may not take; call it only for a summary the actor may see. */
    public static void requirePermitted(Actor actor, long cityId, int cityProvinceId, SummaryAction action) {
        if (!permittedActions(actor, cityId, cityProvinceId).contains(action)) {
            throw new OperationNotAllowedException("problem.not-allowed.summary." + action.name());
        }
    }
}
