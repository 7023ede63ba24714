package org.pilotops.summary.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;
import org.pilotops.summary.entity.AnnualSummary;
import org.pilotops.summary.entity.ReportingYear;
import org.pilotops.summary.entity.SummaryAction;
import org.pilotops.summary.entity.SummaryDraft;

class SummaryReviewPolicyTest {

    private static final long CITY = 7;
    private static final int PROVINCE = 320000;

    private static final Actor REPORTER = new Actor("city-7", Set.of(Role.CITY_REPORTER), CITY, null, null, false, Set.of(CITY));
    private static final Actor OTHER_REPORTER = new Actor("city-8", Set.of(Role.CITY_REPORTER), 8L, null, null, false, Set.of(8L));
    private static final Actor PROVINCE_REVIEWER = new Actor("province-js", Set.of(Role.PROVINCE_REVIEWER), null, PROVINCE,
            null, false, Set.of(CITY, 8L));
    private static final Actor OTHER_PROVINCE = new Actor("province-zj", Set.of(Role.PROVINCE_REVIEWER), null, 330000,
            null, false, Set.of(9L));
    private static final Actor NATIONAL = new Actor("national", Set.of(Role.NATIONAL_REVIEWER), null, null, null, true,
            Set.of(CITY, 8L, 9L));
    private static final Actor AGENCY = new Actor("agency-1", Set.of(Role.AGENCY_STAFF), null, null, 3L, false, Set.of(CITY));
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null, null, null, false, Set.of());

    @Test
    void theCityItsProvinceAndTheNationSeeTheSummaryAgenciesAndAdministratorsDoNot() {
        assertTrue(SummaryReviewPolicy.maySee(REPORTER, CITY));
        assertTrue(SummaryReviewPolicy.maySee(PROVINCE_REVIEWER, CITY));
        assertTrue(SummaryReviewPolicy.maySee(NATIONAL, CITY));
        assertFalse(SummaryReviewPolicy.maySee(OTHER_REPORTER, CITY));
        assertFalse(SummaryReviewPolicy.maySee(OTHER_PROVINCE, CITY));
        assertFalse(SummaryReviewPolicy.maySee(AGENCY, CITY), "an agency serving the city sees its records, not its summary");
        assertFalse(SummaryReviewPolicy.maySee(ADMIN, CITY));
    }

    @Test
    void eachRoleTakesItsOwnSteps() {
        Map<Actor, Set<SummaryAction>> expected = Map.of(
                REPORTER, EnumSet.of(SummaryAction.EDIT, SummaryAction.SUBMIT),
                OTHER_REPORTER, EnumSet.noneOf(SummaryAction.class),
                PROVINCE_REVIEWER, EnumSet.of(SummaryAction.ENDORSE, SummaryAction.RETURN),
                OTHER_PROVINCE, EnumSet.noneOf(SummaryAction.class),
                NATIONAL, EnumSet.of(SummaryAction.ACCEPT, SummaryAction.RETURN, SummaryAction.REOPEN),
                AGENCY, EnumSet.noneOf(SummaryAction.class),
                ADMIN, EnumSet.noneOf(SummaryAction.class));
        expected.forEach((actor, actions) ->
                assertEquals(actions, SummaryReviewPolicy.permittedActions(actor, CITY, PROVINCE), actor.username()));
    }

    @Test
    void aReporterWhoAlsoReviewsAnotherProvinceDoesNotEndorseTheirOwnCity() {
        Actor both = new Actor("both", Set.of(Role.CITY_REPORTER, Role.PROVINCE_REVIEWER), CITY, 330000, null, false,
                Set.of(CITY, 9L));
        assertEquals(EnumSet.of(SummaryAction.EDIT, SummaryAction.SUBMIT),
                SummaryReviewPolicy.permittedActions(both, CITY, PROVINCE));
    }

    @Test
    void thePortalOffersWhatTheRoleMayAndTheStateAllows() {
        ReportingYear year = ReportingYear.withDefaults(2019);
        AnnualSummary summary = new AnnualSummary(CITY, 2019);
        summary.revise(year, "city-7", Clock.fixed(Instant.parse("2019-12-01T00:00:00Z"), ReportingYear.PROGRAMME_ZONE),
                new SummaryDraft(Map.of(), "计划", Map.of()));
        assertEquals(EnumSet.of(SummaryAction.EDIT, SummaryAction.SUBMIT),
                SummaryReviewPolicy.availableActions(REPORTER, PROVINCE, summary, year));
        assertEquals(EnumSet.noneOf(SummaryAction.class), SummaryReviewPolicy.availableActions(NATIONAL, PROVINCE, summary, year));
    }

    @Test
    void aStepTheRoleMayNotTakeIsA403NamingTheStep() {
        OperationNotAllowedException refused = assertThrows(OperationNotAllowedException.class,
                () -> SummaryReviewPolicy.requirePermitted(PROVINCE_REVIEWER, CITY, PROVINCE, SummaryAction.ACCEPT));
        assertEquals(403, refused.status());
        assertEquals("problem.not-allowed.summary.ACCEPT", refused.detailKey());
        SummaryReviewPolicy.requirePermitted(NATIONAL, CITY, PROVINCE, SummaryAction.ACCEPT);
    }
}
