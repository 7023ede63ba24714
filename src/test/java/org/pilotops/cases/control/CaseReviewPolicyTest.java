package org.pilotops.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pilotops.cases.entity.CaseAction;
import org.pilotops.cases.entity.CaseArea;
import org.pilotops.cases.entity.CaseContent;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;

class CaseReviewPolicyTest {

    private static final long CITY = 7;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-01T01:00:00Z"), ZoneOffset.UTC);

    private static final Actor REPORTER = new Actor("city-7", Set.of(Role.CITY_REPORTER), CITY, null, null, false, Set.of(CITY));
    private static final Actor OTHER_REPORTER = new Actor("city-8", Set.of(Role.CITY_REPORTER), 8L, null, null, false, Set.of(8L));
    private static final Actor PROVINCE_REVIEWER = new Actor("province-js", Set.of(Role.PROVINCE_REVIEWER), null, 320000,
            null, false, Set.of(CITY, 8L));
    private static final Actor OTHER_PROVINCE = new Actor("province-zj", Set.of(Role.PROVINCE_REVIEWER), null, 330000,
            null, false, Set.of(9L));
    private static final Actor NATIONAL = new Actor("national", Set.of(Role.NATIONAL_REVIEWER), null, null, null, true,
            Set.of(CITY, 8L, 9L));
    private static final Actor AGENCY = new Actor("agency-1", Set.of(Role.AGENCY_STAFF), null, null, 3L, false, Set.of(CITY));
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMIN), null, null, null, false, Set.of());

    private static TypicalCase draft() {
        return new TypicalCase(CITY, "city-7", CLOCK, new CaseContent(2020, CaseArea.PROTECTION, "题", "背景", "做法",
                "成效", List.of()));
    }

    private static TypicalCase submitted() {
        TypicalCase c = draft();
        c.submit("city-7", CLOCK, null);
        return c;
    }

    @Test
    void draftsAreTheCitysOwnSubmittedCasesAreSeenByItsProvinceAndTheNation() {
        TypicalCase draft = draft();
        TypicalCase submitted = submitted();
        assertTrue(CaseReviewPolicy.maySee(REPORTER, draft));
        assertTrue(CaseReviewPolicy.maySee(REPORTER, submitted));
        assertFalse(CaseReviewPolicy.maySee(PROVINCE_REVIEWER, draft), "a draft never submitted is the city's own");
        assertFalse(CaseReviewPolicy.maySee(NATIONAL, draft));
        assertTrue(CaseReviewPolicy.maySee(PROVINCE_REVIEWER, submitted));
        assertTrue(CaseReviewPolicy.maySee(NATIONAL, submitted));
        for (Actor outsider : List.of(OTHER_REPORTER, OTHER_PROVINCE, AGENCY, ADMIN)) {
            assertFalse(CaseReviewPolicy.maySee(outsider, submitted), outsider.username());
            assertFalse(CaseReviewPolicy.maySee(outsider, draft), outsider.username());
        }
        TypicalCase returned = submitted();
        returned.returnToCity("national", CLOCK, "请修改");
        assertTrue(CaseReviewPolicy.maySee(NATIONAL, returned), "a returned case stays visible to reviewers");
    }

    @Test
    void agenciesAndAdministratorsReadNoCasesAtAll() {
        assertFalse(CaseReviewPolicy.readsCases(AGENCY));
        assertFalse(CaseReviewPolicy.readsCases(ADMIN));
        assertFalse(CaseReviewPolicy.maySeeCity(AGENCY, CITY), "serving the city shows its records, not its cases");
        assertTrue(CaseReviewPolicy.readsCases(OTHER_PROVINCE));
        assertFalse(CaseReviewPolicy.maySeeCity(OTHER_PROVINCE, CITY));
        assertTrue(CaseReviewPolicy.maySeeCity(PROVINCE_REVIEWER, CITY));
    }

    @Test
    void eachRoleTakesItsOwnSteps() {
        Map<Actor, Set<CaseAction>> expected = Map.of(
                REPORTER, EnumSet.of(CaseAction.EDIT, CaseAction.SUBMIT),
                OTHER_REPORTER, EnumSet.noneOf(CaseAction.class),
                PROVINCE_REVIEWER, EnumSet.noneOf(CaseAction.class),
                OTHER_PROVINCE, EnumSet.noneOf(CaseAction.class),
                NATIONAL, EnumSet.of(CaseAction.SELECT, CaseAction.RETURN),
                AGENCY, EnumSet.noneOf(CaseAction.class),
                ADMIN, EnumSet.noneOf(CaseAction.class));
        expected.forEach((actor, actions) ->
                assertEquals(actions, CaseReviewPolicy.permittedActions(actor, CITY), actor.username()));
        OperationNotAllowedException refused = assertThrows(OperationNotAllowedException.class,
                () -> CaseReviewPolicy.requirePermitted(PROVINCE_REVIEWER, CITY, CaseAction.SELECT));
        assertEquals("problem.not-allowed.case.SELECT", refused.detailKey());
        assertEquals(403, refused.status());
    }

    @Test
    void availableIsPermittedAndAllowedByTheStateAndOnlyDraftsNeverSubmittedAreDeletable() {
        TypicalCase draft = draft();
        TypicalCase submitted = submitted();
        assertEquals(EnumSet.of(CaseAction.EDIT, CaseAction.SUBMIT), CaseReviewPolicy.availableActions(REPORTER, draft));
        assertEquals(EnumSet.noneOf(CaseAction.class), CaseReviewPolicy.availableActions(REPORTER, submitted));
        assertEquals(EnumSet.of(CaseAction.SELECT, CaseAction.RETURN), CaseReviewPolicy.availableActions(NATIONAL, submitted));
        assertEquals(EnumSet.noneOf(CaseAction.class), CaseReviewPolicy.availableActions(PROVINCE_REVIEWER, submitted));
        assertTrue(CaseReviewPolicy.mayDelete(REPORTER, draft));
        assertFalse(CaseReviewPolicy.mayDelete(OTHER_REPORTER, draft));
        assertFalse(CaseReviewPolicy.mayDelete(NATIONAL, draft));
        submitted.returnToCity("national", CLOCK, "请修改");
        assertFalse(CaseReviewPolicy.mayDelete(REPORTER, submitted), "once submitted, never deleted");
    }
}
