package org.pilotops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * A closed-loop load: each client (a thread of its own; Java 17 has no virtual threads) sends a request,
 * waits for the whole answer, optionally thinks, and sends the next, for a warm-up that is not recorded
 * and then a measured period. A request fails when it answers 400 or above or does not answer at all.
 * Clients run in this JVM on the same cores as the portal, so absolute rates are lower bounds; the
 * ratios between measurements of one run are what the harness compares.
 */
final class LoadDriver {

    /** One request a client chose: its name in the results and the call, answering the HTTP status. */
    record Step(String name, IntSupplier call) {
    }

    /** What one client does next; called by that client's thread only. */
    interface Client {
        Step next(Random random);
    }

    record Result(Map<String, Latencies> byName, Map<String, Integer> failures, double seconds) {

        Latencies all() {
            Latencies all = new Latencies();
            byName.values().forEach(all::addAll);
            return all;
        }

        double rate(Latencies l) {
            return l.count() / seconds;
        }
    }

    private LoadDriver() {
    }

    /**
     * @param thinkMillis mean pause between a client's requests (exponentially distributed); 0 for none
     */
    static Result run(int clients, Duration warmUp, Duration measured, double thinkMillis, IntFunction<Client> clientOf) {
        long start = System.nanoTime();
        long recordFrom = start + warmUp.toNanos();
        long end = recordFrom + measured.toNanos();
        List<Map<String, Latencies>> perClient = new ArrayList<>();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicInteger clientIds = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Map<String, Latencies> mine = new TreeMap<>();
            perClient.add(mine);
            Client client = clientOf.apply(c);
            Random random = new Random(1000L + clientIds.getAndIncrement());
            Thread thread = new Thread(() -> {
                while (true) {
                    long before = System.nanoTime();
                    if (before >= end) {
                        return;
                    }
                    Step step = client.next(random);
                    int status;
                    try {
                        status = step.call().getAsInt();
                    } catch (RuntimeException e) {
                        status = -1;
                    }
                    long after = System.nanoTime();
                    if (before >= recordFrom && after <= end) {
                        Latencies l = mine.computeIfAbsent(step.name(), n -> new Latencies());
                        l.record(after - before);
                        if (status < 200 || status >= 400) {
                            l.error();
                            failures.merge(step.name() + " → " + (status < 0 ? "no answer" : status), 1, Integer::sum);
                        }
                    }
                    if (thinkMillis > 0) {
                        pause((long) (-Math.log(1 - random.nextDouble()) * thinkMillis));
                    }
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Map<String, Latencies> merged = new TreeMap<>();
        for (Map<String, Latencies> mine : perClient) {
            mine.forEach((name, l) -> merged.computeIfAbsent(name, n -> new Latencies()).addAll(l));
        }
        return new Result(merged, new TreeMap<>(failures), measured.toNanos() / 1e9);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
