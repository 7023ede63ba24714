package org.pilotops.platform.scheduling;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Quartz {@link org.quartz.Job} bean as one of the application's scheduled jobs: at startup
 * {@link JobScheduler} finds every such bean and keeps its job and cron trigger in the job store, named
 * after the class ({@code ReminderJob}). Cron expressions are read in the programme's time zone,
 * Asia/Shanghai, wherever the server runs. A job is a thin adapter: it reads its arguments and calls a
 * boundary, which holds the rule.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface JobSchedule {

    /** Quartz cron expression (seconds first), in Asia/Shanghai. */
    String cron();

    /** What the job does, for the jobs page. */
    String description();

    /** True when the job computes "as of" a day and takes {@code asOf} on a manual run. */
    boolean takesAsOf() default false;
}
