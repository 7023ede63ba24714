package org.pilotops.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.OperationNotAllowedException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.time.ApplicationClock;
import org.quartz.JobDataMap;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;

/**
 * The administrators' view and control of the scheduled jobs (SPEC §7, §9): list them with their next
 * fire time and last run, read a job's run history, pause and resume a job's trigger (cluster-wide: the state is in the job store),
 * and run a job now, optionally "as of" an earlier day to catch up a missed one. Only administrators.
 */
@ApplicationScoped
public class JobService {

    /** The job-data key of a manual run's day, read by jobs that {@link JobSchedule#takesAsOf()}. */
    public static final String AS_OF = "asOf";

    @Inject
    JobScheduler jobScheduler;

    @Inject
    JobRunLog runLog;

    @Inject
    ApplicationClock clock;

    public List<JobDto> list(Actor actor) {
        requireAdmin(actor);
        return jobScheduler.jobs().values().stream().map(this::dto).toList();
    }

    public JobDto job(Actor actor, String name) {
        requireAdmin(actor);
        return dto(find(name));
    }

    public JobDto pause(Actor actor, String name) {
        requireAdmin(actor);
        JobScheduler.ScheduledJob job = find(name);
        quartz(() -> scheduler().pauseTrigger(job.triggerKey()));
        return dto(job);
    }

    public JobDto resume(Actor actor, String name) {
        requireAdmin(actor);
        JobScheduler.ScheduledJob job = find(name);
        quartz(() -> scheduler().resumeTrigger(job.triggerKey()));
        return dto(job);
    }

    /** The job's latest runs on any node, newest first; {@code limit} is kept between 1 and 500. */
    public List<JobRunDto> runs(Actor actor, String name, int limit) {
        requireAdmin(actor);
        JobScheduler.ScheduledJob job = find(name);
        return runLog.runs(job.name(), Math.max(1, Math.min(limit, 500))).stream().map(JobRunDto::of).toList();
    }

    /**
     * Fires the job once now, on whichever node takes it (a paused trigger does not stop a manual run).
     * {@code asOf}, for jobs that compute as of a day, must not be after today by the application clock.
     */
    public JobDto run(Actor actor, String name, LocalDate asOf) {
        requireAdmin(actor);
        JobScheduler.ScheduledJob job = find(name);
        JobDataMap data = new JobDataMap();
        if (asOf != null) {
            if (!job.schedule().takesAsOf()) {
                throw new InvalidInputException(Violation.of(AS_OF, "job.as-of-not-taken", name));
            }
            LocalDate today = clock.today();
            if (asOf.isAfter(today)) {
                throw new InvalidInputException(Violation.of(AS_OF, "job.as-of-future", today.toString()));
            }
            data.put(AS_OF, asOf.toString());
        }
        quartz(() -> scheduler().triggerJob(job.jobKey(), data));
        return dto(job);
    }

    private JobDto dto(JobScheduler.ScheduledJob job) {
        String state;
        Date next;
        try {
            state = scheduler().getTriggerState(job.triggerKey()).name();
            Trigger trigger = scheduler().getTrigger(job.triggerKey());
            next = trigger == null ? null : trigger.getNextFireTime();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job store did not answer", e);
        }
        Optional<JobRun> last = runLog.lastRun(job.name());
        JobSchedule schedule = job.schedule();
        return new JobDto(job.name(), schedule.description(), job.cron(), ApplicationClock.ZONE.getId(),
                schedule.takesAsOf(), state, next == null ? null : next.toInstant(),
                last.map(JobRun::getStartedAt).orElse(null),
                last.map(JobRun::getFinishedAt).orElse(null),
                last.map(r -> r.getOutcome() == null ? "RUNNING" : r.getOutcome().name()).orElse(null),
                last.map(JobRun::getMessage).orElse(null),
                last.map(JobRun::duration).map(java.time.Duration::toMillis).orElse(null),
                last.map(JobRun::getNode).orElse(null));
    }

    private JobScheduler.ScheduledJob find(String name) {
        JobScheduler.ScheduledJob job = jobScheduler.jobs().get(name);
        if (job == null) {
            throw new NotFoundException();
        }
        return job;
    }

    private Scheduler scheduler() {
        return jobScheduler.scheduler();
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw new OperationNotAllowedException("problem.not-allowed.jobs");
        }
    }

    private interface QuartzCall {
        void run() throws SchedulerException;
    }

    private static void quartz(QuartzCall call) {
        try {
            call.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job store did not answer", e);
        }
    }
}
