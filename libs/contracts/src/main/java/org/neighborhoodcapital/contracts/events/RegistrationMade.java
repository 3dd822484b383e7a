package org.neighborhoodcapital.contracts.events;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/**
 * A participant registered for an event: with a place (CONFIRMED) or on the waitlist. When a place
 * frees, the first waitlisted registration is announced again as CONFIRMED with
 * {@code promotedFromWaitlist = true}.
 */
public record RegistrationMade(
        UUID registrationId,
        UUID eventId,
        String centerId,
        UUID participantId,
        RegistrationStatus status,
        Integer waitlistPosition,
        boolean promotedFromWaitlist,
        Instant registeredAt) implements DomainEvent {

    public RegistrationMade {
        Require.present(registrationId, "registrationId");
        Require.present(eventId, "eventId");
        Require.present(centerId, "centerId");
        Require.present(participantId, "participantId");
        Require.present(status, "status");
        Require.present(registeredAt, "registeredAt");
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
