/**
 * Scheduling shared by every feature: Quartz inside Payara with its clustered JDBC job store on MariaDB
 * ({@link org.pilotops.platform.scheduling.JobScheduler}), jobs as CDI beans on the container's managed
 * threads, the job-run history, and the administrators' jobs API. A feature adds a job by writing a
 * {@code <Purpose>Job} bean annotated {@link org.pilotops.platform.scheduling.JobSchedule} that calls its
 * boundary; exactly-once side effects come from the feature's own unique keys, never from Quartz alone.
 */
package org.pilotops.platform.scheduling;
