package org.pilotops.reminder.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.reminder.control.ReminderCalendar;
import org.pilotops.reminder.control.ReminderPlanner;
import org.pilotops.reminder.entity.ReminderRuleCode;

/**
 * The daily reminders (SPEC §7): what is due is computed from the database for the day of the
 * application clock, rule by rule, each in its own transaction ({@link ReminderDelivery}). A scheduled
 * run also catches up the days missed since the last computed one, at most
 * {@code pilotops.reminder.catchUpDays} back; an administrator's run computes one given day.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @Inject
    ReminderDelivery delivery;

    @Inject
    ApplicationClock clock;

    @Inject
    @ConfigProperty(name = "pilotops.reminder.catchUpDays", defaultValue = "7")
    int catchUpDays;

    /** The scheduled run: today and the missed days before it within the catch-up window. */
    public String runScheduled() {
        LocalDate today = clock.today();
        List<LocalDate> days = ReminderCalendar.daysToRun(delivery.lastComputedDay(), today, catchUpDays);
        int total = 0;
        for (LocalDate day : days) {
            total += computeDay(day, today);
        }
        return total + " new reminders for " + (days.size() == 1 ? days.get(0) : days.get(0) + ".." + today);
    }

    /** One day, not after today; answers how many reminders were new. */
    public int runAsOf(LocalDate day) {
        LocalDate today = clock.today();
        if (day.isAfter(today)) {
            throw new InvalidInputException(Violation.of("asOf", "job.as-of-future", today.toString()));
        }
        return computeDay(day, today);
    }

    private int computeDay(LocalDate day, LocalDate today) {
        int created = 0;
        for (ReminderRuleCode code : ReminderPlanner.order()) {
            created += delivery.deliver(code, day, today);
        }
        delivery.computed(day, created);
        int count = created;
        LOG.info(() -> "Reminders of " + day + ": " + count + " new");
        return created;
    }
}
