package org.neighborhoodcapital.events.common.application;

import java.time.Instant;
import java.util.List;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.RegistrationCancelled;
import org.neighborhoodcapital.contracts.events.RegistrationMade;

/**
 * Wraps the facts of the events service in their CloudEvents envelopes: source
 * {@link Sources#EVENTS}, subject the event (or initiative) id, time when it happened in the world.
 * A check-in's envelope id is {@link AttendanceRecorded#occurrenceId()}, the same for every
 * announcement of the same (event, participant).
 */
public final class Announcements {

    /** @param now when the change was decided (the time of facts that carry no time of their own) */
    public static Envelope<?> of(DomainEvent fact, Instant now) {
        return switch (fact) {
            case EventScheduled e -> Envelope.of(Sources.EVENTS, now, e.eventId().toString(), e);
            case EventRescheduled e -> Envelope.of(Sources.EVENTS, now, e.eventId().toString(), e);
            case EventCancelled e -> Envelope.of(Sources.EVENTS, e.cancelledAt(), e.eventId().toString(), e);
            case RegistrationMade e -> Envelope.of(Sources.EVENTS, now, e.eventId().toString(), e);
            case RegistrationCancelled e -> Envelope.of(Sources.EVENTS, e.cancelledAt(), e.eventId().toString(), e);
            case AttendanceRecorded e -> Envelope.withId(e.occurrenceId(), Sources.EVENTS, e.checkedInAt(), e.eventId().toString(), e);
            case InitiativeLaunched e -> Envelope.of(Sources.EVENTS, e.launchedAt(), e.initiativeId().toString(), e);
            default -> throw new IllegalArgumentException("events does not announce " + fact.getClass().getSimpleName());
        };
    }

    public static List<Envelope<?>> of(List<DomainEvent> facts, Instant now) {
        return facts.stream().<Envelope<?>>map(fact -> of(fact, now)).toList();
    }

    private Announcements() {
    }
}
