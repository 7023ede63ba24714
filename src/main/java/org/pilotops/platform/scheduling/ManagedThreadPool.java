package org.pilotops.platform.scheduling;

import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.quartz.spi.ThreadPool;

/**
 * Quartz's worker threads are the container's: each job runs on the managed executor, inside the
 * application's context captured when the scheduler started (naming, class loader, security), so a job
 * can use CDI beans, transactions and the data source like any request. Quartz asks for a free thread
 * before it acquires triggers, so at most {@code size} jobs of this node run at once and a trigger is
 * never taken that this node cannot run. Public because Quartz sets its instance name reflectively.
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
        // Captured now, on the startup thread, where the application's context is the current one.
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
            executor.execute(() -> {
                try {
                    inApplicationContext.execute(job);
                } finally {
                    release();
                }
            });
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
