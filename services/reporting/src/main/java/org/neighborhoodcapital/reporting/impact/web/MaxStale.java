package org.neighborhoodcapital.reporting.impact.web;

import java.time.Duration;

import org.neighborhoodcapital.platform.web.ProblemException;

/**
 * The request directive {@code Cache-Control: max-stale[=seconds]} (RFC 9111, 5.2.1.2): the client
 * accepts a report computed before the latest data arrived, if it was computed at most that long
 * ago ({@code max-stale} without a value: of any age). Without it a report reflects every batch
 * ingested before the request. A dashboard polling a large year sends it and gets the cached
 * report at once while a recomputation runs in the background.
 */
public final class MaxStale {

    /** What "of any age" means here: longer than any report is kept. */
    static final Duration ANY = Duration.ofDays(366);

    private MaxStale() {
    }

    /** The accepted staleness, {@link Duration#ZERO} when the header does not allow any. */
    public static Duration of(String cacheControl) {
        if (cacheControl == null) {
            return Duration.ZERO;
        }
        for (String directive : cacheControl.split(",")) {
            String d = directive.strip();
            if (d.regionMatches(true, 0, "max-stale", 0, 9)) {
                String rest = d.substring(9).strip();
                if (rest.isEmpty()) {
                    return ANY;
                }
                if (rest.startsWith("=")) {
                    String seconds = rest.substring(1).strip().replace("\"", "");
                    try {
                        long value = Long.parseLong(seconds);
                        if (value >= 0) {
                            return Duration.ofSeconds(Math.min(value, ANY.toSeconds()));
                        }
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                    throw ProblemException.badRequest("Cache-Control", "max-stale must be a number of seconds, was " + seconds);
                }
            }
        }
        return Duration.ZERO;
    }
}
