package org.neighborhoodcapital.events.checkin.domain;

import java.util.UUID;

/** What a check-in needs to know about an event: whose it is and whether it still takes place. */
public record KnownEvent(UUID eventId, String centerId, boolean cancelled) {
}
