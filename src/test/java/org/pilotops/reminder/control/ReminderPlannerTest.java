package org.pilotops.reminder.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pilotops.reminder.entity.ReminderAudience;
import org.pilotops.reminder.entity.ReminderRule;
import org.pilotops.reminder.entity.ReminderRuleCode;

/** Which reminders each rule makes on a day, from the facts of the reporting years. */
class ReminderPlannerTest {

    static final LocalDate DUE = LocalDate.of(2020, 12, 31);
    static final DeadlineFacts.City DRAFT = new DeadlineFacts.City(1, "张家港市", 320000, "江苏省", "DRAFT", null);
    static final DeadlineFacts.City NOT_STARTED = new DeadlineFacts.City(2, "温州市", 330000, "浙江省", "NOT_STARTED", null);
    static final DeadlineFacts.City SUBMITTED = new DeadlineFacts.City(3, "常州市", 320000, "江苏省", "SUBMITTED", null);
    static final DeadlineFacts.City RETURNED = new DeadlineFacts.City(4, "苏州市", 320000, "江苏省", "RETURNED",
            LocalDate.of(2020, 11, 27));

    static final DeadlineFacts Y2020 = new DeadlineFacts(2020, DUE, DUE, List.of(DRAFT, NOT_STARTED, SUBMITTED, RETURNED),
            Set.of(3L));

    static ReminderRule rule(ReminderRuleCode code, Integer repeat, int horizon, Integer... offsets) {
        return ReminderRule.of(1, code, true, List.of(offsets), repeat, horizon);
    }

    @Test
    void thirtyDaysBeforeTheDueDateCitiesThatHaveNotSubmittedAreReminded() {
        LocalDate day = LocalDate.of(2020, 12, 1);
        List<PlannedReminder> planned = ReminderPlanner.plan(rule(ReminderRuleCode.SUMMARY_DUE, 7, 90, -30, -14, -7, -1, 0),
                List.of(Y2020), day, day);
        assertEquals(List.of("city:1/2020", "city:2/2020"), planned.stream().map(PlannedReminder::subject).toList());
        PlannedReminder first = planned.get(0);
        assertEquals(ReminderAudience.CITY_REPORTERS, first.audience());
        assertEquals(DUE, first.dueDate());
        assertEquals(day, first.occurrence());
        assertEquals("张家港市 2020 年度工作总结还有 30 天截止", first.title());
        assertEquals("summary/edit.xhtml?city=1&year=2020", first.linkPath());
        assertTrue(ReminderPlanner.plan(rule(ReminderRuleCode.SUMMARY_DUE, 7, 90, -30, 0), List.of(Y2020),
                day.plusDays(1), day.plusDays(1)).isEmpty(), "no reminder between the offsets");
        assertEquals("温州市 2020 年度工作总结已逾期 7 天", ReminderPlanner.plan(rule(ReminderRuleCode.SUMMARY_DUE, 7, 90, 0),
                List.of(Y2020), DUE.plusDays(7), DUE.plusDays(7)).get(1).title());
    }

    @Test
    void provinceDigestsGroupTheOutstandingCitiesOfEachProvince() {
        LocalDate day = DUE.plusDays(14);
        List<PlannedReminder> planned = ReminderPlanner.plan(rule(ReminderRuleCode.SUMMARY_OVERDUE_PROVINCE_DIGEST, 7, 90, 14),
                List.of(Y2020), day, day);
        assertEquals(List.of("province:320000/2020", "province:330000/2020"),
                planned.stream().map(PlannedReminder::subject).toList());
        assertEquals(320000, planned.get(0).provinceId());
        assertTrue(planned.get(0).body().contains("张家港市（草稿）"), planned.get(0).body());
        assertTrue(planned.get(0).body().contains("苏州市（已退回）"), planned.get(0).body());
        assertTrue(!planned.get(0).body().contains("常州市"), "a submitted city is not overdue");
        assertTrue(planned.get(0).title().startsWith("江苏省 2020"), planned.get(0).title());
    }

    @Test
    void theNationalDigestListsEveryOutstandingCityOnce() {
        LocalDate day = DUE.plusDays(7);
        List<PlannedReminder> planned = ReminderPlanner.plan(rule(ReminderRuleCode.SUMMARY_OVERDUE_NATIONAL_DIGEST, 7, 90, 7),
                List.of(Y2020), day, day);
        assertEquals(1, planned.size());
        assertEquals("nation/2020", planned.get(0).subject());
        assertEquals(ReminderAudience.NATIONAL_REVIEWERS, planned.get(0).audience());
        assertTrue(planned.get(0).title().contains("3 个试点城市"), planned.get(0).title());
    }

    @Test
    void aReturnedSummaryIsRemindedFromTheDayOfItsReturn() {
        ReminderRule rule = rule(ReminderRuleCode.SUMMARY_RETURNED, 7, 90, 3);
        LocalDate third = LocalDate.of(2020, 11, 30);
        List<PlannedReminder> planned = ReminderPlanner.plan(rule, List.of(Y2020), third, third);
        assertEquals(1, planned.size());
        assertEquals("city:4/2020", planned.get(0).subject());
        assertEquals(LocalDate.of(2020, 11, 27), planned.get(0).dueDate(), "anchored on the return");
        assertEquals(1, ReminderPlanner.plan(rule, List.of(Y2020), third.plusDays(7), third.plusDays(7)).size());
        assertTrue(ReminderPlanner.plan(rule, List.of(Y2020), third.plusDays(1), third.plusDays(1)).isEmpty());
    }

    @Test
    void theCaseCompilationGoesToCitiesWithoutASubmittedCase() {
        LocalDate day = DUE.minusDays(30);
        List<PlannedReminder> planned = ReminderPlanner.plan(rule(ReminderRuleCode.CASE_COMPILATION_DUE, null, 0, -60, -30, -7),
                List.of(Y2020), day, day);
        assertEquals(List.of(1L, 2L, 4L), planned.stream().map(PlannedReminder::cityId).toList(), "city 3 submitted a case");
        assertEquals("张家港市 2020 年典型成功案例还有 30 天截止", planned.get(0).title());
    }

    @Test
    void deadlinesPastTheHorizonAreNeverReminded() {
        DeadlineFacts y2019 = new DeadlineFacts(2019, LocalDate.of(2019, 12, 31), null, List.of(NOT_STARTED), Set.of());
        LocalDate day = LocalDate.of(2020, 12, 1);
        assertTrue(ReminderPlanner.plan(rule(ReminderRuleCode.SUMMARY_DUE, 7, 90, -30, 0), List.of(y2019), day, day).isEmpty());
        assertTrue(ReminderPlanner.plan(rule(ReminderRuleCode.SUMMARY_OVERDUE_NATIONAL_DIGEST, 7, 90, 7), List.of(y2019), day, day)
                .isEmpty());
    }
}
