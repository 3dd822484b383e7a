package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An initiative the participant launched and leads, launched at {@code launchedAt} (event time). */
public record LedInitiative(UUID initiativeId, Instant launchedAt) {

    public LedInitiative {
        Objects.requireNonNull(initiativeId, "initiativeId");
        Objects.requireNonNull(launchedAt, "launchedAt");
    }
}
