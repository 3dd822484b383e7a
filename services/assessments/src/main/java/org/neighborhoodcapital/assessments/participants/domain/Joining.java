package org.neighborhoodcapital.assessments.participants.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant who joined a home center in memberships: all assessments needs to know of them (ids only). */
public record Joining(UUID participantId, String homeCenterId, Instant joinedAt) {

    public Joining {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(homeCenterId, "homeCenterId");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
