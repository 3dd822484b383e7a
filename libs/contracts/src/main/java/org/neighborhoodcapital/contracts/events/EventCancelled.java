package org.neighborhoodcapital.contracts.events;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** An event was cancelled: it and its check-ins no longer count. */
public record EventCancelled(
        UUID eventId,
        String centerId,
        String reason,
        Instant cancelledAt,
        int revision) implements DomainEvent {

    public EventCancelled {
        Require.present(eventId, "eventId");
        Require.present(centerId, "centerId");
        Require.present(cancelledAt, "cancelledAt");
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
