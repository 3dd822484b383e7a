package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/** A move up the funnel to announce: from the stage announced before, to a higher one, dated in event time. */
public record Transition(FunnelStage from, FunnelStage to, Instant at, String reason, boolean manual) {

    public Transition {
        if (!to.isAbove(from)) {
            throw new IllegalArgumentException("a funnel stage never goes back: " + from + " -> " + to);
        }
    }
}
