package org.pilotops.reminder.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which days a scheduled run computes. Normally today only. After a stop, every day since the last one
 * computed, but no further back than {@code catchUpDays} before today: a long outage does not flood users
 * with weeks of old reminders. Computing a day twice is harmless (the reminders' unique key), so today is
 * always computed, even when it already was.
 */
public final class ReminderCalendar {

    private ReminderCalendar() {
    }

    /**
     * @param lastComputed the latest day computed before, or null when none ever was
     * @param today        today by the application clock
     * @param catchUpDays  how many days before today may still be caught up (0: today only)
     */
    public static List<LocalDate> daysToRun(LocalDate lastComputed, LocalDate today, int catchUpDays) {
        LocalDate earliest = today.minusDays(Math.max(0, catchUpDays));
        LocalDate from = lastComputed == null || !lastComputed.isBefore(today) ? today : lastComputed.plusDays(1);
        if (from.isBefore(earliest)) {
            from = earliest;
        }
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
