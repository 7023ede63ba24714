package org.pilotops.summary.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.review.ReviewComment;

/**
 * The review of an annual summary: every state × every action, in years with and without province
 * endorsement, against a table written out here rather than derived from {@link SummaryStatus}; then
 * what each step keeps, what it requires and when a city is on time.
 */
class AnnualSummaryTest {

    private static final int YEAR = 2019;
    private static final ReportingYear WITH_ENDORSEMENT = ReportingYear.withDefaults(YEAR);
    private static final ReportingYear WITHOUT_ENDORSEMENT = ReportingYear.withDefaults(YEAR);

    static {
        WITHOUT_ENDORSEMENT.configure(LocalDate.of(YEAR, 12, 31), false, null);
    }

    private static final String TABLE = "{\"year\":2019,\"figures\":{},\"previousFigures\":null,\"targets\":{}}";

    /** Where each allowed action leads; anything not listed is refused. */
    private static final Map<SummaryStatus, Map<SummaryAction, SummaryStatus>> ALLOWED_WITH_ENDORSEMENT = Map.of(
            SummaryStatus.NOT_STARTED, Map.of(SummaryAction.EDIT, SummaryStatus.DRAFT),
            SummaryStatus.DRAFT, Map.of(SummaryAction.EDIT, SummaryStatus.DRAFT, SummaryAction.SUBMIT, SummaryStatus.SUBMITTED),
            SummaryStatus.SUBMITTED, Map.of(SummaryAction.ENDORSE, SummaryStatus.ENDORSED, SummaryAction.RETURN, SummaryStatus.RETURNED),
            SummaryStatus.ENDORSED, Map.of(SummaryAction.ACCEPT, SummaryStatus.ACCEPTED, SummaryAction.RETURN, SummaryStatus.RETURNED),
            SummaryStatus.RETURNED, Map.of(SummaryAction.EDIT, SummaryStatus.RETURNED, SummaryAction.SUBMIT, SummaryStatus.SUBMITTED),
            SummaryStatus.ACCEPTED, Map.of(SummaryAction.REOPEN, SummaryStatus.DRAFT));

    private static final Map<SummaryStatus, Map<SummaryAction, SummaryStatus>> ALLOWED_WITHOUT_ENDORSEMENT = Map.of(
            SummaryStatus.NOT_STARTED, Map.of(SummaryAction.EDIT, SummaryStatus.DRAFT),
            SummaryStatus.DRAFT, Map.of(SummaryAction.EDIT, SummaryStatus.DRAFT, SummaryAction.SUBMIT, SummaryStatus.SUBMITTED),
            SummaryStatus.SUBMITTED, Map.of(SummaryAction.ACCEPT, SummaryStatus.ACCEPTED, SummaryAction.RETURN, SummaryStatus.RETURNED),
            SummaryStatus.ENDORSED, Map.of(SummaryAction.ACCEPT, SummaryStatus.ACCEPTED, SummaryAction.RETURN, SummaryStatus.RETURNED),
            SummaryStatus.RETURNED, Map.of(SummaryAction.EDIT, SummaryStatus.RETURNED, SummaryAction.SUBMIT, SummaryStatus.SUBMITTED),
            SummaryStatus.ACCEPTED, Map.of(SummaryAction.REOPEN, SummaryStatus.DRAFT));

    private static Clock at(String isoOffsetDateTime) {
        return Clock.fixed(ZonedDateTime.parse(isoOffsetDateTime).toInstant(), ReportingYear.PROGRAMME_ZONE);
    }

    private static final Clock BEFORE_DUE = at("2019-12-10T10:00:00+08:00");

    static SummaryDraft completeDraft() {
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        for (SummarySection section : SummarySection.values()) {
            sections.put(section, "  " + section.name() + " 工作总结  ");
        }
        return new SummaryDraft(sections, "明年计划", Map.of(Indicator.PLEDGE_AMOUNT, new BigDecimal("1000000")));
    }

    /** A summary brought to {@code state} the way cities and reviewers would, in a year with endorsement. */
    static AnnualSummary summaryIn(SummaryStatus state) {
        AnnualSummary summary = new AnnualSummary(7L, YEAR);
        if (state == SummaryStatus.NOT_STARTED) {
            return summary;
        }
        summary.revise(WITH_ENDORSEMENT, "city-7", BEFORE_DUE, completeDraft());
        switch (state) {
            case DRAFT -> { }
            case SUBMITTED -> summary.submit(WITH_ENDORSEMENT, "city-7", BEFORE_DUE, TABLE, null);
            case ENDORSED -> {
                summary.submit(WITH_ENDORSEMENT, "city-7", BEFORE_DUE, TABLE, null);
                summary.endorse(WITH_ENDORSEMENT, "province-32", BEFORE_DUE, null);
            }
            case RETURNED -> {
                summary.submit(WITH_ENDORSEMENT, "city-7", BEFORE_DUE, TABLE, null);
                summary.returnToCity(WITH_ENDORSEMENT, "province-32", BEFORE_DUE, "请补充数据");
            }
            case ACCEPTED -> {
                summary.submit(WITH_ENDORSEMENT, "city-7", BEFORE_DUE, TABLE, null);
                summary.endorse(WITH_ENDORSEMENT, "province-32", BEFORE_DUE, null);
                summary.accept(WITH_ENDORSEMENT, "national", BEFORE_DUE, null);
            }
            default -> throw new AssertionError(state);
        }
        assertEquals(state, summary.getStatus());
        return summary;
    }

    /** Takes the action with everything it needs, as the service would. */
    static void act(AnnualSummary summary, SummaryAction action, ReportingYear year, Clock clock) {
        switch (action) {
            case EDIT -> summary.revise(year, "city-7", clock, completeDraft());
            case SUBMIT -> summary.submit(year, "city-7", clock, TABLE, "请审核");
            case ENDORSE -> summary.endorse(year, "province-32", clock, "同意");
            case ACCEPT -> summary.accept(year, "national", clock, "验收通过");
            case RETURN -> summary.returnToCity(year, "national", clock, "数据不全");
            case REOPEN -> summary.reopen(year, "national", clock, "城市更正了数据");
        }
    }

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (boolean endorsement : List.of(true, false)) {
            Map<SummaryStatus, Map<SummaryAction, SummaryStatus>> table = endorsement ? ALLOWED_WITH_ENDORSEMENT : ALLOWED_WITHOUT_ENDORSEMENT;
            for (SummaryStatus state : SummaryStatus.values()) {
                for (SummaryAction action : SummaryAction.values()) {
                    cases.add(Arguments.of(state, action, endorsement, table.get(state).get(action)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} × {1}, endorsement {2} → {3}")
    @MethodSource("everyStateAndAction")
    void everyStateAllowsExactlyItsActions(SummaryStatus state, SummaryAction action, boolean endorsement,
                                           SummaryStatus expected) {
        ReportingYear year = endorsement ? WITH_ENDORSEMENT : WITHOUT_ENDORSEMENT;
        AnnualSummary summary = summaryIn(state);
        int steps = summary.getHistory().size();
        Clock later = at("2019-12-20T09:30:00+08:00");

        assertEquals(expected != null, summary.allowedActions(year).contains(action));
        if (expected == null) {
            SummaryTransitionRefusedException refused = assertThrows(SummaryTransitionRefusedException.class,
                    () -> act(summary, action, year, later));
            assertEquals(409, refused.status());
            assertEquals("summary-state", refused.problemType());
            assertEquals("summary.refused." + action.name(), refused.detailKey());
            String stateKey = "summary.state." + state.name()
                    + (state == SummaryStatus.SUBMITTED && !endorsement ? ".without-endorsement" : "");
            assertEquals(List.of(Violation.of("status", stateKey)), refused.violations());
            assertEquals(action, refused.action());
            assertEquals(state, refused.current());
            assertEquals((endorsement ? ALLOWED_WITH_ENDORSEMENT : ALLOWED_WITHOUT_ENDORSEMENT).get(state).keySet(),
                    refused.allowed());
            assertEquals(state, summary.getStatus(), "a refused step changes nothing");
            assertEquals(steps, summary.getHistory().size());
            return;
        }
        act(summary, action, year, later);
        assertEquals(expected, summary.getStatus());
        if (expected == state) {
            assertEquals(steps, summary.getHistory().size(), "editing without a change of state is no review step");
            return;
        }
        assertEquals(steps + 1, summary.getHistory().size());
        SummaryStep step = summary.getHistory().get(steps);
        assertEquals(action.name(), step.getAction());
        assertEquals(state.name(), step.getFromState());
        assertEquals(expected.name(), step.getToState());
        assertEquals(later.instant(), step.getAt());
        assertEquals(later.instant(), summary.getUpdatedAt());
        assertEquals(step.getActor(), summary.getUpdatedBy());
    }

    @Test
    void theWholeReviewIsKeptWithWhoWhenWhatAndTheFrozenTable() {
        AnnualSummary summary = new AnnualSummary(7L, YEAR);
        summary.revise(WITH_ENDORSEMENT, "city-7", at("2019-11-01T09:00:00+08:00"), completeDraft());
        summary.submit(WITH_ENDORSEMENT, "city-7", at("2019-12-01T09:00:00+08:00"), "{\"first\":1}", null);
        summary.returnToCity(WITH_ENDORSEMENT, "province-32", at("2019-12-02T09:00:00+08:00"), "  请补充培训数据  ");
        summary.submit(WITH_ENDORSEMENT, "city-7", at("2019-12-03T09:00:00+08:00"), "{\"second\":2}", "已补充");
        summary.endorse(WITH_ENDORSEMENT, "province-32", at("2019-12-04T09:00:00+08:00"), null);
        summary.accept(WITH_ENDORSEMENT, "national", at("2019-12-05T09:00:00+08:00"), "");
        summary.reopen(WITH_ENDORSEMENT, "national", at("2020-03-01T09:00:00+08:00"), "城市更正质押数据");

        List<SummaryStep> history = summary.getHistory();
        assertEquals(List.of("EDIT", "SUBMIT", "RETURN", "SUBMIT", "ENDORSE", "ACCEPT", "REOPEN"),
                history.stream().map(SummaryStep::getAction).toList());
        assertEquals(List.of("city-7", "city-7", "province-32", "city-7", "province-32", "national", "national"),
                history.stream().map(SummaryStep::getActor).toList());
        assertEquals(java.util.Arrays.asList(null, null, "请补充培训数据", "已补充", null, null, "城市更正质押数据"),
                history.stream().map(SummaryStep::getComment).toList(), "comments trimmed, blank ones none");
        assertEquals(java.util.Arrays.asList(null, "{\"first\":1}", "{\"first\":1}", "{\"second\":2}", "{\"second\":2}",
                "{\"second\":2}", "{\"second\":2}"), history.stream().map(SummaryStep::getIndicators).toList(),
                "each step keeps the table that was submitted, returned, endorsed, accepted or reopened");
        assertEquals(Instant.parse("2020-03-01T01:00:00Z"), history.get(6).getAt());
        assertEquals(SummaryStatus.DRAFT, summary.getStatus());
        assertNull(summary.getFrozenIndicators(), "a reopened summary shows live figures again");
    }

    @Test
    void theTableIsFrozenExactlyWhileTheSummaryIsWithTheReviewersOrAccepted() {
        for (SummaryStatus state : SummaryStatus.values()) {
            AnnualSummary summary = summaryIn(state);
            boolean frozen = state == SummaryStatus.SUBMITTED || state == SummaryStatus.ENDORSED
                    || state == SummaryStatus.ACCEPTED;
            assertEquals(frozen, summary.isIndicatorsFrozen(), state.name());
            assertEquals(frozen ? TABLE : null, summary.getFrozenIndicators(), state.name());
        }
    }

    @Test
    void onlyAnAcceptedSummaryLocksTheYearsRecords() {
        for (SummaryStatus state : SummaryStatus.values()) {
            assertEquals(state == SummaryStatus.ACCEPTED, summaryIn(state).locksRecords(), state.name());
        }
        AnnualSummary reopened = summaryIn(SummaryStatus.ACCEPTED);
        reopened.reopen(WITH_ENDORSEMENT, "national", BEFORE_DUE, "更正");
        assertFalse(reopened.locksRecords());
    }

    @Test
    void editingANotStartedSummaryStartsTheDraft() {
        AnnualSummary summary = new AnnualSummary(7L, YEAR);
        assertEquals(SummaryStatus.NOT_STARTED, summary.getStatus());
        summary.revise(WITH_ENDORSEMENT, "city-7", BEFORE_DUE, completeDraft());
        assertEquals(SummaryStatus.DRAFT, summary.getStatus());
        SummaryStep started = summary.getHistory().get(0);
        assertEquals(SummaryStatus.NOT_STARTED.name(), started.getFromState());
        assertNull(started.getIndicators(), "a draft's figures are live: nothing is frozen when it starts");
        assertEquals("NAVIGATION 工作总结", summary.section(SummarySection.NAVIGATION), "texts are trimmed");
        assertEquals(new BigDecimal("1000000.00"), summary.getTargets().get(Indicator.PLEDGE_AMOUNT));
    }

    @Test
    void aDraftReplacesTheWholeContentAndBlankTextIsNoText() {
        AnnualSummary summary = summaryIn(SummaryStatus.DRAFT);
        summary.revise(WITH_ENDORSEMENT, "city-7", BEFORE_DUE,
                new SummaryDraft(Map.of(SummarySection.TALENT, "培训", SummarySection.PROTECTION, " \n "), null,
                        Map.of(Indicator.ATTORNEY_COVERAGE, new BigDecimal("0.8"))));
        assertEquals("培训", summary.section(SummarySection.TALENT));
        assertNull(summary.section(SummarySection.PROTECTION));
        assertNull(summary.section(SummarySection.NAVIGATION), "an area left out is emptied");
        assertNull(summary.getNextYearPlan());
        assertEquals(Map.of(Indicator.ATTORNEY_COVERAGE, new BigDecimal("0.8000")), summary.getTargets());
        assertEquals(6, summary.getSections().size(), "every area is named, written or not");
    }

    @Test
    void aBadDraftIsRefusedWholeNamingEachField() {
        AnnualSummary summary = summaryIn(SummaryStatus.DRAFT);
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        targets.put(Indicator.PLEDGE_FINANCINGS, new BigDecimal("1.5"));
        targets.put(Indicator.PLEDGE_AMOUNT, new BigDecimal("0.001"));
        targets.put(Indicator.ATTORNEY_COVERAGE, new BigDecimal("1.2"));
        targets.put(Indicator.TRAINING_SESSIONS, new BigDecimal("-1"));
        targets.put(Indicator.PLEDGE_FINANCINGS_BANK, BigDecimal.ONE);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> summary.revise(WITH_ENDORSEMENT,
                "city-7", BEFORE_DUE, new SummaryDraft(Map.of(SummarySection.TALENT, "字".repeat(AnnualSummary.TEXT_MAX + 1)),
                        "计划\u0007", targets)));
        assertEquals(List.of(
                        Violation.of("sections.TALENT", "field.too-long", AnnualSummary.TEXT_MAX),
                        Violation.of("nextYearPlan", "field.control-characters"),
                        Violation.of("targets.PLEDGE_FINANCINGS", "field.count-format", "1.5"),
                        Violation.of("targets.PLEDGE_FINANCINGS_BANK", "summary.target.not-main"),
                        Violation.of("targets.PLEDGE_AMOUNT", "field.money-scale", 2),
                        Violation.of("targets.ATTORNEY_COVERAGE", "field.decimal-range", "1"),
                        Violation.of("targets.TRAINING_SESSIONS", "field.count-range", 0, 999_999_999)),
                refused.violations(), "areas, plan, then targets in the indicators' order");
        assertEquals("NAVIGATION 工作总结", summary.section(SummarySection.NAVIGATION), "nothing changed");
        assertEquals(1, summary.getTargets().size());
    }

    @Test
    void anIncompleteSummaryCannotBeSubmittedAndSaysWhatIsMissing() {
        AnnualSummary summary = new AnnualSummary(7L, YEAR);
        summary.revise(WITH_ENDORSEMENT, "city-7", BEFORE_DUE,
                new SummaryDraft(Map.of(SummarySection.NAVIGATION, "导航", SummarySection.OPERATION, "运营",
                        SummarySection.PROTECTION, "保护", SummarySection.MANAGEMENT, "管理"), null, Map.of()));
        SummaryNotSubmittableException refused = assertThrows(SummaryNotSubmittableException.class,
                () -> summary.submit(WITH_ENDORSEMENT, "city-7", BEFORE_DUE, TABLE, null));
        assertEquals(409, refused.status());
        assertEquals("summary.not-submittable", refused.detailKey());
        assertEquals(List.of(3), refused.detailArgs());
        assertEquals(List.of("sections.PUBLIC_SERVICE", "sections.TALENT", "nextYearPlan"),
                refused.violations().stream().map(Violation::field).toList());
        assertEquals(SummaryStatus.DRAFT, summary.getStatus());
        assertNull(summary.getFirstSubmittedAt());
    }

    @Test
    void returningAndReopeningNeedWordsThatAreNotTooLong() {
        for (String blank : java.util.Arrays.asList(null, "", "   ")) {
            AnnualSummary submitted = summaryIn(SummaryStatus.SUBMITTED);
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> submitted.returnToCity(WITH_ENDORSEMENT, "province-32", BEFORE_DUE, blank));
            assertEquals(List.of(Violation.of("comment", "field.required")), refused.violations());
            assertEquals(SummaryStatus.SUBMITTED, submitted.getStatus());

            AnnualSummary accepted = summaryIn(SummaryStatus.ACCEPTED);
            assertThrows(InvalidInputException.class, () -> accepted.reopen(WITH_ENDORSEMENT, "national", BEFORE_DUE, blank));
            assertEquals(SummaryStatus.ACCEPTED, accepted.getStatus());
            assertNotNull(accepted.getFrozenIndicators());
        }
        AnnualSummary endorsed = summaryIn(SummaryStatus.ENDORSED);
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> endorsed.accept(WITH_ENDORSEMENT,
                "national", BEFORE_DUE, "长".repeat(ReviewComment.MAX + 1)));
        assertEquals(List.of(Violation.of("comment", "field.too-long", ReviewComment.MAX)), tooLong.violations());
    }

    @Test
    void theStateIsJudgedBeforeTheWords() {
        AnnualSummary draft = summaryIn(SummaryStatus.DRAFT);
        assertThrows(SummaryTransitionRefusedException.class,
                () -> draft.returnToCity(WITH_ENDORSEMENT, "national", BEFORE_DUE, null));
    }

    @Test
    void theFirstSubmissionDecidesWhetherTheCityWasOnTime() {
        AnnualSummary summary = summaryIn(SummaryStatus.DRAFT);
        Instant first = Instant.parse("2019-12-20T02:00:00Z");
        summary.submit(WITH_ENDORSEMENT, "city-7", Clock.fixed(first, ReportingYear.PROGRAMME_ZONE), TABLE, null);
        summary.returnToCity(WITH_ENDORSEMENT, "province-32", BEFORE_DUE, "补充");
        Clock january = at("2020-01-15T10:00:00+08:00");
        summary.submit(WITH_ENDORSEMENT, "city-7", january, TABLE, null);
        assertEquals(first, summary.getFirstSubmittedAt());
        assertEquals(january.instant(), summary.getSubmittedAt());
        assertEquals(SubmissionTimeliness.ON_TIME, summary.timeliness(WITH_ENDORSEMENT, january));
    }

    @Test
    void theDueDateIsADayInBeijing() {
        AnnualSummary lastMinute = summaryIn(SummaryStatus.DRAFT);
        lastMinute.submit(WITH_ENDORSEMENT, "city-7", at("2019-12-31T23:59:59.999+08:00"), TABLE, null);
        assertEquals(SubmissionTimeliness.ON_TIME, lastMinute.timeliness(WITH_ENDORSEMENT, BEFORE_DUE));

        // 16:00 UTC on 31 December is already 1 January in Beijing.
        AnnualSummary midnight = summaryIn(SummaryStatus.DRAFT);
        midnight.submit(WITH_ENDORSEMENT, "city-7", Clock.fixed(Instant.parse("2019-12-31T16:00:00Z"),
                java.time.ZoneOffset.UTC), TABLE, null);
        assertEquals(SubmissionTimeliness.LATE, midnight.timeliness(WITH_ENDORSEMENT, BEFORE_DUE));
    }

    @Test
    void aSummaryNotSubmittedIsNotDueYetOrOverdue() {
        AnnualSummary draft = summaryIn(SummaryStatus.DRAFT);
        assertEquals(SubmissionTimeliness.NOT_DUE_YET, draft.timeliness(WITH_ENDORSEMENT, BEFORE_DUE));
        assertEquals(SubmissionTimeliness.OVERDUE, draft.timeliness(WITH_ENDORSEMENT, at("2020-01-01T00:00:00+08:00")));
        ReportingYear extended = ReportingYear.withDefaults(YEAR);
        extended.configure(LocalDate.of(2020, 1, 31), true, null);
        assertEquals(SubmissionTimeliness.NOT_DUE_YET, draft.timeliness(extended, at("2020-01-01T00:00:00+08:00")),
                "an extended due date applies when judged");
    }

    @Test
    void aReopenedSummaryKeepsItsFirstSubmission() {
        AnnualSummary summary = summaryIn(SummaryStatus.ACCEPTED);
        Instant first = summary.getFirstSubmittedAt();
        summary.reopen(WITH_ENDORSEMENT, "national", at("2020-05-01T10:00:00+08:00"), "更正");
        assertEquals(first, summary.getFirstSubmittedAt());
        assertEquals(SubmissionTimeliness.ON_TIME, summary.timeliness(WITH_ENDORSEMENT, at("2020-05-01T10:00:00+08:00")));
    }

    @Test
    void aSummaryIsJudgedByItsOwnYear() {
        AnnualSummary summary = new AnnualSummary(7L, YEAR);
        assertThrows(IllegalArgumentException.class, () -> summary.revise(ReportingYear.withDefaults(2020), "city-7",
                BEFORE_DUE, completeDraft()));
        assertThrows(IllegalArgumentException.class, () -> summary.allowedActions(ReportingYear.withDefaults(2018)));
    }

    @Test
    void whatEachStateAllowsInEachKindOfYear() {
        assertEquals(Set.of(SummaryAction.ENDORSE, SummaryAction.RETURN), summaryIn(SummaryStatus.SUBMITTED).allowedActions(WITH_ENDORSEMENT));
        assertEquals(Set.of(SummaryAction.ACCEPT, SummaryAction.RETURN), summaryIn(SummaryStatus.SUBMITTED).allowedActions(WITHOUT_ENDORSEMENT));
        assertTrue(summaryIn(SummaryStatus.ACCEPTED).allowedActions(WITHOUT_ENDORSEMENT).contains(SummaryAction.REOPEN));
    }
}
