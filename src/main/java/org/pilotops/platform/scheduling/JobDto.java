package org.pilotops.platform.scheduling;

import java.time.Instant;

/**
 * A scheduled job as administrators see it: its schedule, its trigger's state in Quartz ({@code NORMAL},
 * {@code PAUSED}, {@code BLOCKED} while it runs and may not run twice at once, {@code ERROR},
 * {@code NONE}), when it fires next, and its latest run on any node.
 *
 * @param lastOutcome {@code SUCCEEDED}, {@code FAILED}, {@code RUNNING} (started, not finished), or null
 *                    when it never ran
 * @param durationMs  how long the latest run took; null while it runs or when it never ran
 */
public record JobDto(String name, String description, String cron, String timeZone, boolean takesAsOf,
                     String state, Instant nextFireTime, Instant lastRun, Instant lastFinished,
                     String lastOutcome, String lastMessage, Long durationMs, String lastNode) {
}
