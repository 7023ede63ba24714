package org.pilotops.reminder.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which days a scheduled run computes: today, the missed days since the last run, within the window. */
class ReminderCalendarTest {

    static final LocalDate TODAY = LocalDate.of(2020, 12, 10);

    @Test
    void aDailyRunComputesToday() {
        assertEquals(List.of(TODAY), ReminderCalendar.daysToRun(TODAY.minusDays(1), TODAY, 7));
    }

    @Test
    void theFirstRunEverComputesTodayOnly() {
        assertEquals(List.of(TODAY), ReminderCalendar.daysToRun(null, TODAY, 7));
    }

    @Test
    void aRunAfterAStopCatchesUpTheMissedDays() {
        assertEquals(List.of(TODAY.minusDays(2), TODAY.minusDays(1), TODAY),
                ReminderCalendar.daysToRun(TODAY.minusDays(3), TODAY, 7));
    }

    @Test
    void aLongStopIsCaughtUpNoFurtherThanTheWindow() {
        List<LocalDate> days = ReminderCalendar.daysToRun(TODAY.minusDays(30), TODAY, 7);
        assertEquals(8, days.size());
        assertEquals(TODAY.minusDays(7), days.get(0));
        assertEquals(TODAY, days.get(7));
        assertEquals(List.of(TODAY), ReminderCalendar.daysToRun(TODAY.minusDays(30), TODAY, 0), "no catch-up at all");
    }

    @Test
    void aDayComputedAlreadyOrAClockSetBackComputesTodayAgain() {
        assertEquals(List.of(TODAY), ReminderCalendar.daysToRun(TODAY, TODAY, 7));
        assertEquals(List.of(TODAY), ReminderCalendar.daysToRun(TODAY.plusDays(5), TODAY, 7));
    }
}
