package org.pilotops.reminder.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.pilotops.platform.scheduling.JobSchedule;
import org.pilotops.platform.scheduling.JobService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Computes the day's reminders at 09:00 Beijing time, or the day an administrator's run names. */
@Dependent
@DisallowConcurrentExecution
@JobSchedule(cron = "0 0 9 * * ?", takesAsOf = true,
        description = "Computes the reminders due today (and missed days) from the database")
public class ReminderJob implements Job {

    @Inject
    ReminderService reminders;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            String asOf = context.getMergedJobDataMap().getString(JobService.AS_OF);
            context.setResult(asOf == null ? reminders.runScheduled()
                    : reminders.runAsOf(LocalDate.parse(asOf)) + " new reminders for " + asOf);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e);
        }
    }
}
