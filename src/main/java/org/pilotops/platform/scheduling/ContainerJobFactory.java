package org.pilotops.platform.scheduling;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Jobs are CDI beans. Quartz asks for the job on its own scheduler thread, outside the application's
 * context, so the factory hands back a stand-in that looks the bean up when it runs, on the worker
 * thread of {@link ManagedThreadPool}, and disposes of it afterwards.
 */
final class ContainerJobFactory implements JobFactory {

    private final BeanManager beans;

    ContainerJobFactory(BeanManager beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        return context -> run(type, context);
    }

    private void run(Class<? extends Job> type, JobExecutionContext context) throws JobExecutionException {
        Instance<? extends Job> instance = beans.createInstance().select(type);
        Job job = instance.get();
        try {
            job.execute(context);
        } finally {
            ((Instance<Job>) (Instance<?>) instance).destroy(job);
        }
    }
}
