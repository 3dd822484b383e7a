package org.neighborhoodcapital.bench;

import java.util.Arrays;

/**
 * Percentiles of measured durations by the nearest-rank method: p(q) is the smallest sample such that
 * at least q of all samples are at or below it. No interpolation: every figure is a latency that was
 * actually observed.
 */
public final class Percentiles {

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** @param samples in any order, any unit; copied */
    public static Percentiles of(long[] samples) {
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * @param q between 0 (exclusive) and 1 (inclusive), e.g. 0.99
     * @throws IllegalStateException when there are no samples
     */
    public long at(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("q must be in (0, 1] but was " + q);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public long max() {
        return at(1.0);
    }

    /** {@code at(q)} of nanosecond samples, in milliseconds. */
    public double millisAt(double q) {
        return at(q) / 1_000_000.0;
    }
}
