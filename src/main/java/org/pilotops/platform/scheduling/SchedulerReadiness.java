package org.pilotops.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * {@code /health/ready} reports this node's Quartz scheduler: started, not on standby, not shut down. (Its
 * node name, which holds the host's, is on the administrators' jobs page, not on this public one.)
 */
@Readiness
@ApplicationScoped
public class SchedulerReadiness implements HealthCheck {

    @Inject
    JobScheduler jobs;

    @Override
    public HealthCheckResponse call() {
        Scheduler scheduler = jobs.scheduler();
        boolean running;
        try {
            running = scheduler != null && scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
        } catch (SchedulerException e) {
            running = false;
        }
        return HealthCheckResponse.named("scheduler").status(running).build();
    }
}
