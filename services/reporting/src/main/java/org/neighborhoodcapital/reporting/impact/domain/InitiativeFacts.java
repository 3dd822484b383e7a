package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeType;

/** An initiative launched at a center: what kind, and when (read in the center's zone). */
public record InitiativeFacts(UUID initiativeId, String centerId, InitiativeType type, Instant launchedAt) {

    public InitiativeFacts {
        Objects.requireNonNull(initiativeId, "initiativeId");
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(launchedAt, "launchedAt");
    }
}
