package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;

/** The instants from {@code from} (inclusive) to {@code until} (exclusive). */
public record TimeWindow(Instant from, Instant until) {

    public TimeWindow {
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("empty window " + from + " .. " + until);
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(until);
    }
}
