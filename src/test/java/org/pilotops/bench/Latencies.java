package org.pilotops.bench;

import java.util.Arrays;

/**
 * Response times of one kind of request, recorded by many threads into their own instance and merged at
 * the end. Every sample is kept (a long each: a ten-minute run of 50 users stays well under 100 MB), so
 * percentiles are exact, by the nearest-rank method: p95 is the smallest time that at least 95 % of the
 * requests did not exceed.
 */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int errors;

    public void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public void error() {
        errors++;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            record(other.nanos[i]);
        }
        errors += other.errors;
    }

    public int count() {
        return count;
    }

    public int errors() {
        return errors;
    }

    /** The nearest-rank percentile in milliseconds; NaN without samples. */
    public double percentileMillis(double percentile) {
        if (percentile <= 0 || percentile > 100) {
            throw new IllegalArgumentException("percentile " + percentile);
        }
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}
