package org.pilotops.platform.scheduling;

import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker threads are the container's: each job runs on the managed executor, inside the
 * application's context (naming, class loader, security), so a job can use CDI beans, transactions and the
 * data source like any request. Quartz asks for a free thread before it acquires triggers, so at most
 * {@code size} jobs of this node run at once and a trigger is never taken that this node cannot run.
 * Public because Quartz sets its instance name reflectively.
 *
 * <p>Quartz hands a job over on its own thread, which has no application context. The context captured
 * when the scheduler started is entered there only to <em>submit</em> the job: the managed executor then
 * captures a fresh copy of it for that one run, as it does for a request's task. Running the job itself
 * in the context captured at startup made every run, on every worker at once, share Payara's one
 * invocation object, and what an invocation keeps was kept from run to run: an entity manager used
 * outside a transaction is parked on the invocation and closed at its end but left there, so the next
 * run found it closed ("Attempting to execute an operation on a closed EntityManager", issue 21 §3).
 */
public final class ManagedThreadPool implements ThreadPool {

    private final ManagedExecutorService executor;
    private final Executor inApplicationContext;
    private final int size;
    private final Object lock = new Object();
    private int busy;
    private boolean shutdown;

    ManagedThreadPool(ManagedExecutorService executor, ContextService contexts, int size) {
        this.executor = executor;
        // Captured now, on the startup thread, where the application's context is the current one; used
        // only to submit, never to run a job (see above).
        this.inApplicationContext = contexts.currentContextExecutor();
        this.size = size;
    }

    @Override
    public boolean runInThread(Runnable job) {
        synchronized (lock) {
            while (busy >= size && !shutdown) {
                if (!await()) {
                    return false;
                }
            }
            if (shutdown) {
                return false;
            }
            busy++;
        }
        try {
            inApplicationContext.execute(() -> executor.execute(() -> {
                try {
                    job.run();
                } finally {
                    release();
                }
            }));
            return true;
        } catch (RejectedExecutionException e) {
            release();
            return false;
        }
    }

    @Override
    public int blockForAvailableThreads() {
        synchronized (lock) {
            while (busy >= size && !shutdown) {
                if (!await()) {
                    break;
                }
            }
            return Math.max(0, size - busy);
        }
    }

    private boolean await() {
        try {
            lock.wait(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void release() {
        synchronized (lock) {
            busy--;
            lock.notifyAll();
        }
    }

    @Override
    public void initialize() {
        // The container owns the threads.
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        synchronized (lock) {
            shutdown = true;
            lock.notifyAll();
        }
    }

    @Override
    public int getPoolSize() {
        return size;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // not used
    }

    @Override
    public void setInstanceName(String schedName) {
        // not used
    }
}
