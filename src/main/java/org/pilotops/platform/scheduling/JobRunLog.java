package org.pilotops.platform.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writes the job-run history, each entry in a transaction of its own so that it stays even when the job's
 * own work rolls back. Times are real instants (operations), not the application's demo clock. The
 * reads serve the jobs API, on request threads.
 */
@ApplicationScoped
public class JobRunLog {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(String jobName, String fireId, String node) {
        em.persist(new JobRun(jobName, fireId, node, Instant.now()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(String fireId, String node, JobRun.Outcome outcome, String message) {
        em.createQuery("select r from JobRun r where r.fireId = :fire and r.node = :node", JobRun.class)
                .setParameter("fire", fireId).setParameter("node", node)
                .getResultStream().findFirst()
                .ifPresent(run -> run.finish(Instant.now(), outcome, message));
    }

    /** A job's latest runs on any node, newest first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<JobRun> runs(String jobName, int limit) {
        return em.createQuery("select r from JobRun r where r.jobName = :name order by r.startedAt desc, r.id desc",
                        JobRun.class)
                .setParameter("name", jobName).setMaxResults(limit).getResultList();
    }

    /** The latest run of a job on any node. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JobRun> lastRun(String jobName) {
        return em.createQuery("select r from JobRun r where r.jobName = :name order by r.startedAt desc, r.id desc",
                        JobRun.class)
                .setParameter("name", jobName).setMaxResults(1).getResultStream().findFirst();
    }
}
