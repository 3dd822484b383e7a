package org.neighborhoodcapital.contracts.events;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/**
 * A center put an event on its calendar. {@code revision} grows with every change of the event
 * (1 here), so that a consumer applies a change only when it is newer than what it holds.
 */
public record EventScheduled(
        UUID eventId,
        String centerId,
        String title,
        EventFormat format,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        Organizer organizer,
        long priceMinor,
        String currency,
        UUID initiativeId,
        int revision) implements DomainEvent {

    public EventScheduled {
        Require.present(eventId, "eventId");
        Require.present(centerId, "centerId");
        Require.present(title, "title");
        Require.present(format, "format");
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
        Require.present(organizer, "organizer");
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
