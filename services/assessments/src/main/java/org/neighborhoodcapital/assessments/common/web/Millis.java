package org.neighborhoodcapital.assessments.common.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * MongoDB keeps instants to the millisecond: times from requests are cut to it on the way in, so
 * that the answer to a write equals what a later read returns.
 */
public final class Millis {

    public static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private Millis() {
    }
}
