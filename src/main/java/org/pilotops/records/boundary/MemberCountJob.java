package org.pilotops.records.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.pilotops.platform.scheduling.JobSchedule;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Folds the changes of the national distinct counts into the counts every hour (migration V0025), so a
 * national dashboard sums at most an hour's changes; a batch per transaction, until none is left.
 */
@Dependent
@DisallowConcurrentExecution
@JobSchedule(cron = "0 7 * * * ?", description = "Folds the changes of the national distinct SME counts into the counts")
public class MemberCountJob implements Job {

    @Inject
    RecordTallies tallies;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            long folded = 0;
            int batch;
            do {
                batch = tallies.foldMemberChanges();
                folded += batch;
            } while (batch == RecordTallies.FOLD_BATCH);
            context.setResult(folded + " changes folded");
        } catch (RuntimeException e) {
            throw new JobExecutionException(e);
        }
    }
}
