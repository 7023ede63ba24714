package org.pilotops.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
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

/**
 * The review of a typical case: every state × every action against a table written out here rather than
 * derived from {@link CaseStatus}; then what a submission requires, the comment a return requires, and
 * how texts are kept.
 */
class TypicalCaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-12-01T01:00:00Z"), ZoneOffset.UTC);

    /** Where each allowed action leads; anything not listed is refused. */
    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> ALLOWED = Map.of(
            CaseStatus.DRAFT, Map.of(CaseAction.EDIT, CaseStatus.DRAFT, CaseAction.SUBMIT, CaseStatus.SUBMITTED),
            CaseStatus.SUBMITTED, Map.of(CaseAction.SELECT, CaseStatus.SELECTED, CaseAction.RETURN, CaseStatus.RETURNED),
            CaseStatus.RETURNED, Map.of(CaseAction.EDIT, CaseStatus.RETURNED, CaseAction.SUBMIT, CaseStatus.SUBMITTED),
            CaseStatus.SELECTED, Map.of());

    static CaseContent complete() {
        return new CaseContent(2020, CaseArea.OPERATION, "  专利质押融资“政银保”模式  ", "背景", "做法", "成效：融资 1.2 亿元",
                List.of(new CaseRecordLink("pledge-financings", 5)));
    }

    static TypicalCase in(CaseStatus status) {
        TypicalCase c = new TypicalCase(7, "city-7", CLOCK, complete());
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> c.submit("city-7", CLOCK, null);
            case SELECTED -> {
                c.submit("city-7", CLOCK, null);
                c.select("national", CLOCK, null);
            }
            case RETURNED -> {
                c.submit("city-7", CLOCK, null);
                c.returnToCity("national", CLOCK, "请补充数据");
            }
        }
        return c;
    }

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(CaseStatus.values()).flatMap(s -> Stream.of(CaseAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void eachStateAllowsExactlyItsActions(CaseStatus state, CaseAction action) {
        TypicalCase c = in(state);
        assertEquals(state, c.getStatus());
        CaseStatus expected = ALLOWED.get(state).get(action);
        Runnable take = () -> {
            switch (action) {
                case EDIT -> c.revise("city-7", CLOCK, complete());
                case SUBMIT -> c.submit("city-7", CLOCK, null);
                case SELECT -> c.select("national", CLOCK, "好");
                case RETURN -> c.returnToCity("national", CLOCK, "请修改");
            }
        };
        if (expected == null) {
            CaseTransitionRefusedException refused = assertThrows(CaseTransitionRefusedException.class, take::run);
            assertEquals(action, refused.action());
            assertEquals(state, refused.current());
            assertEquals("case.refused." + action.name(), refused.detailKey());
            assertEquals("case.state." + state.name(), refused.violations().get(0).key());
            assertEquals(409, refused.status());
            assertEquals(state, c.getStatus(), "nothing changed");
        } else {
            take.run();
            assertEquals(expected, c.getStatus());
        }
        assertEquals(ALLOWED.get(c.getStatus()).keySet(), c.allowedActions().isEmpty()
                ? Set.of() : EnumSet.copyOf(c.allowedActions()), "what the state reached allows");
    }

    @Test
    void aDraftNeedsOnlyItsTitleASubmissionEveryPart() {
        InvalidInputException untitled = assertThrows(InvalidInputException.class, () -> new TypicalCase(7, "city-7", CLOCK,
                new CaseContent(2020, null, "   ", null, null, null, List.of())));
        assertEquals(List.of("title"), fields(untitled.violations()));

        TypicalCase c = new TypicalCase(7, "city-7", CLOCK, new CaseContent(2020, null, "标题", " ", null, "成效", null));
        assertEquals(CaseStatus.DRAFT, c.getStatus());
        assertNull(c.getBackground(), "blank is not written");
        CaseNotSubmittableException incomplete = assertThrows(CaseNotSubmittableException.class,
                () -> c.submit("city-7", CLOCK, null));
        assertEquals(List.of("area", "background", "measures"), fields(incomplete.violations()));
        assertEquals(409, incomplete.status());
        assertEquals(CaseStatus.DRAFT, c.getStatus());
        assertNull(c.getFirstSubmittedAt());
    }

    @Test
    void aReturnNeedsItsCommentAndTheHistoryKeepsEveryStep() {
        TypicalCase c = in(CaseStatus.SUBMITTED);
        InvalidInputException bare = assertThrows(InvalidInputException.class, () -> c.returnToCity("national", CLOCK, "  "));
        assertEquals(List.of("comment"), fields(bare.violations()));
        assertEquals(CaseStatus.SUBMITTED, c.getStatus());
        Instant first = c.getFirstSubmittedAt();
        assertNotNull(first);

        c.returnToCity("national", CLOCK, "  请补充融资数据 ");
        c.revise("city-7", CLOCK, complete());
        assertEquals(CaseStatus.RETURNED, c.getStatus(), "stays returned while the city edits");
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofHours(2));
        c.submit("city-7", later, "已补充");
        c.select("national", later, null);

        List<CaseStep> history = c.getHistory();
        assertEquals(List.of("SUBMIT", "RETURN", "SUBMIT", "SELECT"), history.stream().map(CaseStep::getAction).toList());
        assertEquals("请补充融资数据", history.get(1).getComment(), "trimmed");
        assertEquals(CaseStatus.SUBMITTED.name(), history.get(1).getFromState());
        assertEquals(CaseStatus.RETURNED.name(), history.get(1).getToState());
        assertEquals("national", history.get(3).getActor());
        assertEquals(first, c.getFirstSubmittedAt(), "the first submission is kept");
        assertEquals(later.instant(), c.getSubmittedAt());
        assertFalse(c.isDeletable());
    }

    @Test
    void textsAreTrimmedPlainAndLimited() {
        TypicalCase c = new TypicalCase(7, "city-7", CLOCK, complete());
        assertEquals("专利质押融资“政银保”模式", c.getTitle());
        assertTrue(c.isDeletable());
        assertEquals(1, c.getLinks().size());

        String tooLong = "字".repeat(TypicalCase.TEXT_MAX + 1);
        String control = "成效\u0007";
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> c.revise("city-7", CLOCK,
                new CaseContent(2020, CaseArea.TALENT, "题".repeat(TypicalCase.TITLE_MAX + 1), tooLong, "两行\n做法", control,
                        List.of())));
        assertEquals(List.of("title", "background", "results"), fields(refused.violations()));
        assertEquals("field.too-long", refused.violations().get(0).key());
        assertEquals("field.control-characters", refused.violations().get(2).key());
        assertEquals(CaseArea.OPERATION, c.getArea(), "nothing changed");

        InvalidInputException twoLines = assertThrows(InvalidInputException.class, () -> c.revise("city-7", CLOCK,
                new CaseContent(2020, null, "第一行\n第二行", null, null, null, List.of())));
        assertEquals("case.title.one-line", twoLines.violations().get(0).key());

        String longest = "字".repeat(TypicalCase.TEXT_MAX);
        CaseRecordLink link = new CaseRecordLink("vouchers", 3);
        c.revise("city-8", CLOCK, new CaseContent(2019, CaseArea.TALENT, "题".repeat(TypicalCase.TITLE_MAX),
                "<script>alert(1)</script>", "多段\n\n做法", longest, List.of(link, link)));
        assertEquals("<script>alert(1)</script>", c.getBackground(), "kept as the plain text it is; outputs escape it");
        assertEquals("多段\n\n做法", c.getMeasures());
        assertEquals(List.of(link), c.getLinks(), "a record linked twice is linked once");
        assertEquals(2019, c.getYear());
        assertEquals("city-8", c.getUpdatedBy());
    }

    @Test
    void fileNamesLoseTheirPathsAndControlCharacters() {
        assertEquals("report.pdf", CaseAttachment.cleanName("C:\\Users\\x\\report.pdf", "f"));
        assertEquals("passwd", CaseAttachment.cleanName("../../etc/passwd", "f"));
        assertEquals("成效 报告.docx", CaseAttachment.cleanName(" 成效\u0000 报告.docx\r\n", "f"));
        assertEquals("f", CaseAttachment.cleanName("../..", "f"));
        assertEquals("f", CaseAttachment.cleanName(null, "f"));
        assertEquals("ab.png", CaseAttachment.cleanName("a<b>.png", "f"));
        String longName = "名".repeat(300) + ".xlsx";
        String kept = CaseAttachment.cleanName(longName, "f");
        assertEquals(CaseAttachment.NAME_MAX, kept.codePointCount(0, kept.length()));
        assertTrue(kept.endsWith(".xlsx"));
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
