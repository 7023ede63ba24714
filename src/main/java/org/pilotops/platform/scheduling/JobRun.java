package org.pilotops.platform.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One run of a scheduled job on one node: when it started and finished, how it ended and what it said.
 * Kept in the database so that the last run survives restarts and reads the same on every node.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    /** How a run ended. */
    public enum Outcome { SUCCEEDED, FAILED }

    /** Longest message kept; longer ones are cut. */
    static final int MESSAGE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "job_name", nullable = false, updatable = false)
    private String jobName;

    @Column(name = "fire_id", nullable = false, updatable = false)
    private String fireId;

    @Column(name = "node", nullable = false, updatable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "outcome")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome outcome;

    @Column(name = "message")
    private String message;

    protected JobRun() {
    }

    JobRun(String jobName, String fireId, String node, Instant startedAt) {
        this.jobName = jobName;
        this.fireId = fireId;
        this.node = node;
        this.startedAt = startedAt;
    }

    void finish(Instant at, Outcome outcome, String message) {
        this.finishedAt = at;
        this.outcome = outcome;
        this.message = message == null || message.length() <= MESSAGE_MAX ? message : message.substring(0, MESSAGE_MAX);
    }

    public String getJobName() {
        return jobName;
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }

    /** How long the run took; null while it runs. */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }
}
