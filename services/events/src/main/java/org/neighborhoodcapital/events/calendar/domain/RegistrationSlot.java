package org.neighborhoodcapital.events.calendar.domain;

import java.util.UUID;

import org.neighborhoodcapital.contracts.events.RegistrationStatus;

/**
 * Where a registration stands now: CONFIRMED, or WAITLISTED at a 1-based position (null when confirmed).
 */
public record RegistrationSlot(UUID registrationId, UUID eventId, UUID participantId, RegistrationStatus status,
                               Integer waitlistPosition) {
}
