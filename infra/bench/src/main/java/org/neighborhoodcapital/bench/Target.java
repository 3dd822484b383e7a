package org.neighborhoodcapital.bench;

import java.util.Locale;

/** What a figure must reach (at least) or stay within (at most). */
public record Target(Bound bound, double threshold, String unit) {

    public enum Bound { AT_LEAST, AT_MOST }

    public static Target atLeast(double threshold, String unit) {
        return new Target(Bound.AT_LEAST, threshold, unit);
    }

    public static Target atMost(double threshold, String unit) {
        return new Target(Bound.AT_MOST, threshold, unit);
    }

    public boolean metBy(double value) {
        return bound == Bound.AT_LEAST ? value >= threshold : value <= threshold;
    }

    /** e.g. {@code >= 100,000 rec/s}. */
    public String describe() {
        return (bound == Bound.AT_LEAST ? ">= " : "<= ") + Figure.format(threshold) + (unit.isEmpty() ? "" : " " + unit);
    }

    @Override
    public String toString() {
        return describe().toLowerCase(Locale.ROOT);
    }
}
