package org.pilotops.summary.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;

class ReportingYearTest {

    @Test
    void aYearIsDueAtItsEndWithProvinceEndorsementAndCasesOnlyIn2020() {
        ReportingYear y2019 = ReportingYear.withDefaults(2019);
        assertEquals(LocalDate.of(2019, 12, 31), y2019.getSummaryDueDate());
        assertTrue(y2019.isProvinceEndorsement());
        assertNull(y2019.getCaseCompilationDueDate());
        assertEquals(LocalDate.of(2020, 12, 31), ReportingYear.withDefaults(2020).getCaseCompilationDueDate());
    }

    @Test
    void theDeadlineIsMidnightAfterTheDueDateInBeijing() {
        ReportingYear year = ReportingYear.withDefaults(2019);
        assertEquals(Instant.parse("2019-12-31T16:00:00Z"), year.summaryDeadline());
        assertTrue(year.isOnTime(Instant.parse("2019-12-31T15:59:59.999Z")));
        assertFalse(year.isOnTime(Instant.parse("2019-12-31T16:00:00Z")));
        assertFalse(year.isSummaryOverdue(Clock.fixed(Instant.parse("2019-12-31T15:00:00Z"), ZoneOffset.UTC)));
        assertTrue(year.isSummaryOverdue(Clock.fixed(Instant.parse("2019-12-31T16:00:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void nationalReviewersExtendTheDueDateAndSwitchEndorsementOff() {
        ReportingYear year = ReportingYear.withDefaults(2019);
        year.configure(LocalDate.of(2020, 1, 31), false, LocalDate.of(2020, 3, 1));
        assertEquals(LocalDate.of(2020, 1, 31), year.getSummaryDueDate());
        assertFalse(year.isProvinceEndorsement());
        assertEquals(LocalDate.of(2020, 3, 1), year.getCaseCompilationDueDate());
    }

    @Test
    void aDueDateLiesInTheYearOrTheNextAndNothingChangesWhenOneIsRefused() {
        ReportingYear year = ReportingYear.withDefaults(2019);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> year.configure(LocalDate.of(2018, 12, 31), false, LocalDate.of(2021, 1, 1)));
        assertEquals(List.of(Violation.of("summaryDueDate", "reporting-year.due-date-range", 2019, 2020),
                Violation.of("caseCompilationDueDate", "reporting-year.due-date-range", 2019, 2020)), refused.violations());
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> year.configure(null, true, null));
        assertEquals(List.of(Violation.of("summaryDueDate", "field.required")), missing.violations());
        assertEquals(LocalDate.of(2019, 12, 31), year.getSummaryDueDate());
        assertTrue(year.isProvinceEndorsement());
    }
}
