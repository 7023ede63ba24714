package org.pilotops.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Races: the same call made by several clients released at the same moment, and their answers in order. */
public final class Together {

    private Together() {
    }

    public static <T> List<T> call(int clients, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            return call(pool, clients, call);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same on the threads of {@code pool} (the container's managed executor, for in-container tests). */
    public static <T> List<T> call(ExecutorService pool, int clients, Callable<T> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> answer : running) {
            answers.add(answer.get());
        }
        return answers;
    }
}
