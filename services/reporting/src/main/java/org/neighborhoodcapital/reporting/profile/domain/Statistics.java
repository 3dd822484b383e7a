package org.neighborhoodcapital.reporting.profile.domain;

import java.util.Arrays;

/**
 * The statistics of the design's "Statistics used below", unrounded: sample SD (n − 1), 95% CI
 * (mean ± 1.96·SD/√n), median (mean of the two middle values for an even count) and quantiles by
 * linear interpolation between order statistics ("type 7"). Each answers null where undefined.
 */
public final class Statistics {

    public static final double Z95 = 1.96;

    public static Double mean(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample standard deviation; null for fewer than two values. */
    public static Double sampleSd(double[] values) {
        if (values.length < 2) {
            return null;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** The 95% confidence interval of the mean; null for fewer than two values. */
    public static Interval ci95(double[] values) {
        Double sd = sampleSd(values);
        if (sd == null) {
            return null;
        }
        double mean = mean(values);
        double half = Z95 * sd / Math.sqrt(values.length);
        return new Interval(mean - half, mean + half);
    }

    public static Double median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = sorted(values);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The {@code p}-quantile (0..1), type 7: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). */
    public static Double quantile(double[] values, double p) {
        if (values.length == 0) {
            return null;
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be within 0..1 but was " + p);
        }
        double[] sorted = sorted(values);
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        if (low + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    /** Q1, median (Q2) and Q3 by type 7; null when there are no values. */
    public static Quartiles quartiles(double[] values) {
        if (values.length == 0) {
            return null;
        }
        return new Quartiles(quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75));
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** A closed interval. */
    public record Interval(double low, double high) {
    }

    /** The three quartiles. */
    public record Quartiles(double q1, double q2, double q3) {
    }

    private Statistics() {
    }
}
