package org.pilotops.platform.scheduling;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/**
 * Records every run of every job in {@code job_run}: a row as it starts and its outcome as it ends, with
 * the job's result ({@link JobExecutionContext#getResult()}, a short text) or its failure. Runs on the job's
 * worker thread, inside the application's context.
 */
final class JobRunListener extends JobListenerSupport {

    private static final Logger LOG = Logger.getLogger(JobRunListener.class.getName());

    private final JobRunLog log;
    private final String node;

    JobRunListener(JobRunLog log, String node) {
        this.log = log;
        this.node = node;
    }

    @Override
    public String getName() {
        return "job-run-history";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        try {
            log.started(context.getJobDetail().getKey().getName(), context.getFireInstanceId(), node);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the start of " + context.getJobDetail().getKey(), e);
        }
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        try {
            if (failure == null) {
                Object result = context.getResult();
                log.finished(context.getFireInstanceId(), node, JobRun.Outcome.SUCCEEDED,
                        result == null ? null : result.toString());
            } else {
                Throwable cause = failure.getCause() == null ? failure : failure.getCause();
                log.finished(context.getFireInstanceId(), node, JobRun.Outcome.FAILED,
                        cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the end of " + context.getJobDetail().getKey(), e);
        }
    }
}
