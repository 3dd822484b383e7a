package org.neighborhoodcapital.reporting.live;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.RegistrationCancelled;
import org.neighborhoodcapital.contracts.events.RegistrationMade;

/**
 * One line of a center's live activity: ids and facts only, never personal data (a participant is
 * its pseudonymous id). {@code at} is when it happened in the world, {@code receivedAt} when reporting
 * took it in.
 */
public record ActivityItem(UUID id, String kind, String centerId, UUID eventId, UUID participantId,
                           UUID registrationId, UUID initiativeId, String detail, Instant at, Instant receivedAt) {

    public static final String CHECK_IN = "CHECK_IN";
    public static final String REGISTRATION = "REGISTRATION";
    public static final String REGISTRATION_CANCELLED = "REGISTRATION_CANCELLED";
    public static final String EVENT_SCHEDULED = "EVENT_SCHEDULED";
    public static final String EVENT_RESCHEDULED = "EVENT_RESCHEDULED";
    public static final String EVENT_CANCELLED = "EVENT_CANCELLED";
    public static final String INITIATIVE_LAUNCHED = "INITIATIVE_LAUNCHED";

    /** The activity line of a center fact; empty for facts that are not a center's activity. */
    public static Optional<ActivityItem> of(Envelope<DomainEvent> envelope, Instant receivedAt) {
        DomainEvent fact = envelope.data();
        UUID id = envelope.id();
        ActivityItem item = switch (fact) {
            case AttendanceRecorded a -> new ActivityItem(id, CHECK_IN, a.centerId(), a.eventId(), a.participantId(),
                    null, null, null, a.checkedInAt(), receivedAt);
            case RegistrationMade r -> new ActivityItem(id, REGISTRATION, r.centerId(), r.eventId(), r.participantId(),
                    r.registrationId(), null, r.status().name() + (r.promotedFromWaitlist() ? " (from waitlist)" : ""),
                    r.registeredAt(), receivedAt);
            case RegistrationCancelled r -> new ActivityItem(id, REGISTRATION_CANCELLED, r.centerId(), r.eventId(),
                    r.participantId(), r.registrationId(), null, null, r.cancelledAt(), receivedAt);
            case EventScheduled s -> new ActivityItem(id, EVENT_SCHEDULED, s.centerId(), s.eventId(), null, null,
                    s.initiativeId(), s.format().name() + " by " + s.organizer().kind().name(), s.startsAt(), receivedAt);
            case EventRescheduled r -> new ActivityItem(id, EVENT_RESCHEDULED, r.centerId(), r.eventId(), null, null, null,
                    null, r.startsAt(), receivedAt);
            case EventCancelled c -> new ActivityItem(id, EVENT_CANCELLED, c.centerId(), c.eventId(), null, null, null,
                    null, c.cancelledAt(), receivedAt);
            case InitiativeLaunched i -> new ActivityItem(id, INITIATIVE_LAUNCHED, i.centerId(), null, null, null,
                    i.initiativeId(), i.type().name(), i.launchedAt(), receivedAt);
            default -> null;
        };
        return Optional.ofNullable(item);
    }
}
