package org.neighborhoodcapital.contracts.events;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** A registration was withdrawn; its place goes to the waitlist. */
public record RegistrationCancelled(
        UUID registrationId,
        UUID eventId,
        String centerId,
        UUID participantId,
        Instant cancelledAt) implements DomainEvent {

    public RegistrationCancelled {
        Require.present(registrationId, "registrationId");
        Require.present(eventId, "eventId");
        Require.present(centerId, "centerId");
        Require.present(participantId, "participantId");
        Require.present(cancelledAt, "cancelledAt");
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
