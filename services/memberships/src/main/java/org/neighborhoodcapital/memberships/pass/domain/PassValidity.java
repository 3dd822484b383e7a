package org.neighborhoodcapital.memberships.pass.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Validity arithmetic of passes. A pass is valid on {@code [validFrom, validUntil)}; its days are
 * calendar days in the selling center's time zone, so a 30-day pass bought at 10:00 ends at 10:00
 * local time 30 days later, whatever daylight saving did in between.
 */
public final class PassValidity {

    /** {@code validFrom + durationDays} calendar days in {@code zone}. */
    public static Instant until(Instant validFrom, int durationDays, ZoneId zone) {
        return validFrom.atZone(zone).plusDays(durationDays).toInstant();
    }

    /**
     * A renewal adds {@code durationDays} to the later of the renewal time and the current end: early
     * renewals lose nothing, late ones (after the end) start at the renewal.
     */
    public static Instant renewedUntil(Instant currentUntil, Instant renewedAt, int durationDays, ZoneId zone) {
        Instant from = renewedAt.isAfter(currentUntil) ? renewedAt : currentUntil;
        return until(from, durationDays, zone);
    }

    /** Whether {@code [fromA, untilA)} and {@code [fromB, untilB)} share an instant. */
    public static boolean overlap(Instant fromA, Instant untilA, Instant fromB, Instant untilB) {
        return fromA.isBefore(untilB) && fromB.isBefore(untilA);
    }

    private PassValidity() {
    }
}
