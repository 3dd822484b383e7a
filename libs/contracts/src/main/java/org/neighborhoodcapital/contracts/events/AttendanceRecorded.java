package org.neighborhoodcapital.contracts.events;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Require;

/** A participant checked in at an event. One per (event, participant): a repeated check-in is not re-announced. */
public record AttendanceRecorded(
        UUID eventId,
        String centerId,
        UUID participantId,
        Instant checkedInAt) implements DomainEvent {

    public AttendanceRecorded {
        Require.present(eventId, "eventId");
        Require.present(centerId, "centerId");
        Require.present(participantId, "participantId");
        Require.present(checkedInAt, "checkedInAt");
    }

    /** The envelope id of this attendance: the same for every announcement of the same check-in. */
    public UUID occurrenceId() {
        return Envelope.deterministicId("attendance", eventId.toString(), participantId.toString());
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
