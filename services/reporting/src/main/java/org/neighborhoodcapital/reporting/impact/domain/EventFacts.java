package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the report needs to know about one event: where and when it starts, whether it was cancelled,
 * whether a resident organized it, whether it charged a price, and who checked in (duplicates allowed:
 * they count once).
 */
public record EventFacts(
        UUID eventId,
        String centerId,
        Instant startsAt,
        boolean cancelled,
        boolean residentLed,
        boolean paid,
        Collection<UUID> attendees) {

    public EventFacts {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(startsAt, "startsAt");
        attendees = attendees == null ? List.of() : attendees;
    }

    /** A free event. */
    public EventFacts(UUID eventId, String centerId, Instant startsAt, boolean cancelled, boolean residentLed,
                      Collection<UUID> attendees) {
        this(eventId, centerId, startsAt, cancelled, residentLed, false, attendees);
    }
}
