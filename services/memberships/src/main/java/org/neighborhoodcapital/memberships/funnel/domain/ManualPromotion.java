package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.Objects;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/** Staff moved the participant up to {@code to} at {@code promotedAt}, for {@code reason}. */
public record ManualPromotion(FunnelStage to, String reason, Instant promotedAt) {

    public ManualPromotion {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(promotedAt, "promotedAt");
    }
}
