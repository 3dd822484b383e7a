package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * What the funnel knows of a calendar event: when it starts (null while only its cancellation or
 * its check-ins have arrived), the resident who organizes it (null for staff or unknown), the
 * initiative it belongs to (null for none or unknown), and whether it is cancelled.
 */
public record KnownEvent(UUID eventId, Instant startsAt, UUID residentOrganizerId, UUID initiativeId, boolean cancelled) {

    public KnownEvent {
        Objects.requireNonNull(eventId, "eventId");
    }

    /**
     * The event as its revisions say, whatever order they arrived in: cancelled once any revision
     * cancels it (the events service never reopens a cancelled event), starting when the highest
     * revision that carries a start says.
     */
    public static KnownEvent of(UUID eventId, UUID residentOrganizerId, UUID initiativeId, Collection<EventRevision> revisions) {
        boolean cancelled = revisions.stream().anyMatch(EventRevision::cancelled);
        Instant startsAt = revisions.stream()
                .filter(r -> !r.cancelled() && r.startsAt() != null)
                .max(Comparator.comparingInt(EventRevision::revision).thenComparing(EventRevision::startsAt))
                .map(EventRevision::startsAt)
                .orElse(null);
        return new KnownEvent(eventId, startsAt, residentOrganizerId, initiativeId, cancelled);
    }
}
