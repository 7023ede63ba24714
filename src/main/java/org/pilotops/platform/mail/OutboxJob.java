package org.pilotops.platform.mail;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.pilotops.platform.scheduling.JobSchedule;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Sends the e-mail outbox every minute. */
@Dependent
@DisallowConcurrentExecution
@JobSchedule(cron = "0 * * * * ?", description = "Sends queued e-mails through the configured SMTP server")
public class OutboxJob implements Job {

    @Inject
    OutboxService outbox;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            context.setResult(outbox.sendDue());
        } catch (RuntimeException e) {
            throw new JobExecutionException(e);
        }
    }
}
