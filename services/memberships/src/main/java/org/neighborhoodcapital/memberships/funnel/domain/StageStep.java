package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.Objects;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/** From {@code at} on (event time) the participant is at {@code stage}, because of {@code reason}. */
public record StageStep(Instant at, FunnelStage stage, String reason, boolean manual) {

    public StageStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }
}
