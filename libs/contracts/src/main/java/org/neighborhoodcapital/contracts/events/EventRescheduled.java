package org.neighborhoodcapital.contracts.events;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** An event moved to a new start and end. */
public record EventRescheduled(
        UUID eventId,
        String centerId,
        Instant startsAt,
        Instant endsAt,
        int revision) implements DomainEvent {

    public EventRescheduled {
        Require.present(eventId, "eventId");
        Require.present(centerId, "centerId");
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
