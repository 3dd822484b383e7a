package org.neighborhoodcapital.events.calendar.domain;

import java.time.Instant;
import java.util.UUID;

/** A participant's registration for an event, holding a place or waiting for one. */
public record Registration(UUID registrationId, UUID participantId, Instant registeredAt) {
}
