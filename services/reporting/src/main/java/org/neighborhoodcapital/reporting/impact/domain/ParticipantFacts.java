package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What memberships said about one participant. {@code homeCenterId} and {@code joinedAt} are null
 * while no ParticipantJoined has arrived (the participant is "unknown": their check-ins still count).
 * {@code excluded} is true once they were erased or their latest consent says no research use
 * (or they joined without consent and never gave it): then no figure counts them.
 */
public record ParticipantFacts(UUID participantId, String homeCenterId, Instant joinedAt, boolean excluded) {

    public ParticipantFacts {
        Objects.requireNonNull(participantId, "participantId");
    }

    public boolean joined() {
        return homeCenterId != null && joinedAt != null;
    }
}
