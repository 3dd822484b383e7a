package org.neighborhoodcapital.events.checkin.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.AttendanceRecorded;

/** A participant checked in at an event. There is at most one per (event, participant): see {@link #key()}. */
public record CheckIn(UUID eventId, UUID participantId, Instant checkedInAt) {

    public CheckIn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }

    /** {@code <eventId>:<participantId>}: the same for every repetition of this check-in. */
    public String key() {
        return eventId + ":" + participantId;
    }

    public AttendanceRecorded recorded(String centerId) {
        return new AttendanceRecorded(eventId, centerId, participantId, checkedInAt);
    }
}
