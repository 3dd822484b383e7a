package org.neighborhoodcapital.assessments.participants.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant erased in memberships: their assessments are forgotten and no new ones are taken. */
public record Erasure(UUID participantId, Instant erasedAt) {

    public Erasure {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(erasedAt, "erasedAt");
    }
}
