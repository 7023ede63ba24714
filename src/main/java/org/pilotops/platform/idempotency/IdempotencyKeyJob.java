package org.pilotops.platform.idempotency;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.pilotops.platform.scheduling.JobSchedule;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Forgets idempotency keys a client can no longer need, every night. */
@Dependent
@DisallowConcurrentExecution
@JobSchedule(cron = "0 30 3 * * ?", description = "Forgets idempotency keys older than 7 days")
public class IdempotencyKeyJob implements Job {

    @Inject
    IdempotencyKeys keys;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            context.setResult(keys.forgetOld() + " idempotency keys forgotten");
        } catch (RuntimeException e) {
            throw new JobExecutionException(e);
        }
    }
}
