package org.pilotops.reminder.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;

/** The rule arithmetic: which days fire for a deadline, the repetition, the horizon, and the refusals. */
class ReminderRuleTest {

    static final LocalDate DUE = LocalDate.of(2020, 12, 31);

    static ReminderRule summaryDue() {
        return ReminderRule.of(1, ReminderRuleCode.SUMMARY_DUE, true, List.of(-30, -14, -7, -1, 0), 7, 90);
    }

    /** Every day from 60 days before to 120 after the anchor on which the rule fires, as offsets. */
    static List<Long> firingOffsets(ReminderRule rule, LocalDate anchor) {
        List<Long> days = new ArrayList<>();
        for (long k = -60; k <= 120; k++) {
            if (rule.firesOn(anchor, anchor.plusDays(k))) {
                days.add(k);
            }
        }
        return days;
    }

    @Test
    void theYearEndSummaryFires30_14_7_1DaysBeforeOnTheDayThenWeeklyUntilTheHorizon() {
        assertEquals(List.of(-30L, -14L, -7L, -1L, 0L, 7L, 14L, 21L, 28L, 35L, 42L, 49L, 56L, 63L, 70L, 77L, 84L),
                firingOffsets(summaryDue(), DUE));
        assertTrue(summaryDue().firesOn(DUE, LocalDate.of(2020, 12, 1)), "30 days before 2020-12-31 is 2020-12-01");
        assertFalse(summaryDue().firesOn(DUE, LocalDate.of(2020, 12, 2)));
    }

    @Test
    void aReturnedSummaryIsRemindedThreeDaysAfterTheReturnThenWeekly() {
        ReminderRule returned = ReminderRule.of(4, ReminderRuleCode.SUMMARY_RETURNED, true, List.of(3), 7, 90);
        LocalDate returnedOn = LocalDate.of(2020, 11, 20);
        List<Long> fired = firingOffsets(returned, returnedOn);
        assertEquals(List.of(3L, 10L, 17L, 24L), fired.subList(0, 4));
        assertEquals(87L, fired.get(fired.size() - 1), "nothing after the 90-day horizon");
        assertTrue(returned.firesOn(returnedOn, LocalDate.of(2020, 11, 23)));
        assertFalse(returned.firesOn(returnedOn, LocalDate.of(2020, 11, 22)));
    }

    @Test
    void digestsStartFromTheirOffsetAndTheCaseCompilationDoesNotRepeat() {
        ReminderRule province = ReminderRule.of(2, ReminderRuleCode.SUMMARY_OVERDUE_PROVINCE_DIGEST, true, List.of(14), 7, 90);
        assertEquals(List.of(14L, 21L, 28L), firingOffsets(province, DUE).subList(0, 3));
        ReminderRule cases = ReminderRule.of(5, ReminderRuleCode.CASE_COMPILATION_DUE, true, List.of(-60, -30, -7), null, 0);
        assertEquals(List.of(-60L, -30L, -7L), firingOffsets(cases, DUE));
    }

    @Test
    void aDayCaughtUpLateIsNotRemindedOnceTheDeadlineIsPastTheHorizonByToday() {
        ReminderRule rule = summaryDue();
        LocalDate day84 = DUE.plusDays(84);
        assertTrue(rule.remindsOn(DUE, day84, day84));
        assertTrue(rule.remindsOn(DUE, day84, DUE.plusDays(90)), "caught up on the horizon's last day");
        assertFalse(rule.remindsOn(DUE, day84, DUE.plusDays(91)), "caught up after the horizon: too old");
        assertFalse(rule.remindsOn(DUE, DUE.plusDays(91), DUE.plusDays(91)));
    }

    @Test
    void aDisabledRuleRemindsOfNothing() {
        ReminderRule rule = summaryDue();
        rule.reconfigure(false, List.of(-30, 0), 7, 90, "national", Instant.now());
        assertTrue(rule.firesOn(DUE, DUE));
        assertFalse(rule.remindsOn(DUE, DUE, DUE));
    }

    @Test
    void offsetsAreKeptInOrder() {
        ReminderRule rule = summaryDue();
        rule.reconfigure(true, List.of(0, -3, -10), null, 0, "national", Instant.now());
        assertEquals(List.of(-10, -3, 0), rule.offsets());
        assertEquals("national", rule.getUpdatedBy());
    }

    @Test
    void badSettingsAreRefusedNamingEachFieldAndNothingChanges() {
        ReminderRule rule = summaryDue();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> rule.reconfigure(true, List.of(-400, 0), 0, 1000, "national", Instant.now()));
        assertEquals(List.of("offsets", "repeatDays", "horizonDays"), e.violations().stream().map(Violation::field).toList());
        assertEquals(List.of(-30, -14, -7, -1, 0), rule.offsets(), "unchanged");

        assertEquals("field.required", assertThrows(InvalidInputException.class,
                () -> rule.reconfigure(true, List.of(), null, 0, "n", Instant.now())).violations().get(0).key());
        assertEquals("reminder-rule.offsets-duplicate", assertThrows(InvalidInputException.class,
                () -> rule.reconfigure(true, List.of(1, 1), null, 5, "n", Instant.now())).violations().get(0).key());
        Violation horizon = assertThrows(InvalidInputException.class,
                () -> rule.reconfigure(true, List.of(-7, 14), 7, 10, "n", Instant.now())).violations().get(0);
        assertEquals("horizonDays", horizon.field());
        assertEquals("reminder-rule.horizon-before-offset", horizon.key());
    }
}
