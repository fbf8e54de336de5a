package org.jmapx.benchmarks;

import java.util.Arrays;

/**
 * Latency percentiles from every recorded sample, sorted once (the runs are bounded, so keeping all
 * samples is cheap and exact). HdrHistogram is not managed by the James 3.8.1 BOM, hence no
 * dependency on it. Percentiles use the nearest-rank method: p50 of {1,2,3,4} is 2.
 */
public final class LatencyStats {
    private final long[] sortedNanos;

    private LatencyStats(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static LatencyStats of(long[] nanos) {
        long[] copy = Arrays.copyOf(nanos, nanos.length);
        Arrays.sort(copy);
        return new LatencyStats(copy);
    }

    public static LatencyStats merge(LatencyStats... parts) {
        int total = 0;
        for (LatencyStats part : parts) {
            total += part.sortedNanos.length;
        }
        long[] all = new long[total];
        int at = 0;
        for (LatencyStats part : parts) {
            System.arraycopy(part.sortedNanos, 0, all, at, part.sortedNanos.length);
            at += part.sortedNanos.length;
        }
        Arrays.sort(all);
        return new LatencyStats(all);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** Nearest-rank percentile in nanoseconds; {@code percentile} in (0, 100]. */
    public long percentileNanos(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + percentile);
        }
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("no samples");
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(rank, 1) - 1];
    }

    public long maxNanos() {
        return percentileNanos(100);
    }

    public double p50Millis() {
        return millis(percentileNanos(50));
    }

    public double p95Millis() {
        return millis(percentileNanos(95));
    }

    public double p99Millis() {
        return millis(percentileNanos(99));
    }

    public double maxMillis() {
        return millis(maxNanos());
    }

    static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** A growable primitive array: one per client thread, no boxing, no sharing. */
    static final class Recorder {
        private long[] samples = new long[4096];
        private int size;

        void record(long nanos) {
            if (size == samples.length) {
                samples = Arrays.copyOf(samples, size * 2);
            }
            samples[size++] = nanos;
        }

        long[] toArray() {
            return Arrays.copyOf(samples, size);
        }
    }
}
