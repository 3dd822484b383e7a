package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/** One announced funnel step of a participant (a jump may skip stages), at its event time. */
public record FunnelChangeFacts(UUID participantId, String homeCenterId, FunnelStage from, FunnelStage to, Instant changedAt) {

    public FunnelChangeFacts {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(homeCenterId, "homeCenterId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
