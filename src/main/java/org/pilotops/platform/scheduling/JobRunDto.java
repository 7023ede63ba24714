package org.pilotops.platform.scheduling;

import java.time.Instant;

/**
 * One run of a job as administrators see it in its history: whether a job fails once or on every run
 * shows here, not in its last run alone.
 *
 * @param outcome    {@code SUCCEEDED}, {@code FAILED}, or {@code RUNNING} (started, not finished: still
 *                   running, or its node stopped)
 * @param durationMs null while it runs
 */
public record JobRunDto(Instant startedAt, Instant finishedAt, String outcome, String message, Long durationMs,
                        String node) {

    static JobRunDto of(JobRun run) {
        return new JobRunDto(run.getStartedAt(), run.getFinishedAt(),
                run.getOutcome() == null ? "RUNNING" : run.getOutcome().name(), run.getMessage(),
                run.duration() == null ? null : run.duration().toMillis(), run.getNode());
    }
}
