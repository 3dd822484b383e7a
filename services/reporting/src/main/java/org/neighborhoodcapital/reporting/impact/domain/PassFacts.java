package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Money;

/**
 * One season ticket as memberships announced it. {@code purchasedAt}, {@code price}, {@code validFrom}
 * and {@code validUntil} (exclusive end) are null while only later records of the pass have arrived;
 * {@code cancelledAt}/{@code refund} are null unless it was cancelled.
 */
public record PassFacts(
        UUID passId,
        String centerId,
        UUID participantId,
        Instant purchasedAt,
        Money price,
        Instant validFrom,
        Instant validUntil,
        List<Renewal> renewals,
        Instant cancelledAt,
        Money refund) {

    /** A renewal: paid {@code price} at {@code renewedAt}, the pass now valid until {@code validUntil}. */
    public record Renewal(Instant renewedAt, Money price, Instant validUntil) {
        public Renewal {
            Objects.requireNonNull(renewedAt, "renewedAt");
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(validUntil, "validUntil");
        }
    }

    public PassFacts {
        Objects.requireNonNull(passId, "passId");
        Objects.requireNonNull(centerId, "centerId");
        renewals = renewals == null ? List.of() : List.copyOf(renewals);
    }

    /**
     * Whether the pass is valid at the last instant before {@code end} (the local end of Dec 31) and not
     * cancelled by then; renewals made before {@code end} extend it.
     */
    public boolean activeAtEndBefore(Instant end) {
        if (purchasedAt == null || validFrom == null || validUntil == null) {
            return false;
        }
        if (!purchasedAt.isBefore(end) || !validFrom.isBefore(end)) {
            return false;
        }
        if (cancelledAt != null && cancelledAt.isBefore(end)) {
            return false;
        }
        Instant until = validUntil;
        for (Renewal renewal : renewals) {
            if (renewal.renewedAt().isBefore(end) && renewal.validUntil().isAfter(until)) {
                until = renewal.validUntil();
            }
        }
        return !until.isBefore(end);
    }
}
