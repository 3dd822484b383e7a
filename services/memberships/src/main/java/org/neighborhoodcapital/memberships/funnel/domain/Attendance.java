package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A participant checked in at an event at {@code checkedInAt} (event time). */
public record Attendance(UUID participantId, UUID eventId, Instant checkedInAt) {

    public Attendance {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }
}
