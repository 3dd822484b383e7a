package org.neighborhoodcapital.events.calendar.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.neighborhoodcapital.events.calendar.domain.CalendarEvent;
import org.neighborhoodcapital.events.calendar.domain.Change;
import org.neighborhoodcapital.events.calendar.domain.NewEvent;
import org.neighborhoodcapital.events.calendar.domain.Registered;
import org.neighborhoodcapital.events.calendar.domain.RegistrationSlot;
import org.neighborhoodcapital.events.calendar.persistence.EventRepository;
import org.neighborhoodcapital.events.common.application.Announcements;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.events.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;
import org.neighborhoodcapital.events.initiative.persistence.InitiativeRepository;
import org.neighborhoodcapital.events.participants.domain.ParticipantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The calendar use cases: schedule, reschedule, cancel, register, withdraw. Each reads the event,
 * lets the domain decide, and stores the new state with its announcements in one conditional write,
 * retrying when a concurrent write got there first.
 */
@Service
public class Calendar {

    private static final Logger log = LoggerFactory.getLogger(Calendar.class);
    private static final int MAX_ATTEMPTS = 50;

    private final EventRepository events;
    private final InitiativeRepository initiatives;
    private final ParticipantDirectory participants;
    private final OutboxKick outbox;
    private final Clock clock;

    public Calendar(EventRepository events, InitiativeRepository initiatives, ParticipantDirectory participants,
                    OutboxKick outbox, Clock clock) {
        this.events = events;
        this.initiatives = initiatives;
        this.participants = participants;
        this.outbox = outbox;
        this.clock = clock;
    }

    public CalendarEvent schedule(NewEvent draft) {
        Instant now = clock.instant();
        Change change = CalendarEvent.schedule(UUID.randomUUID(), draft, now);
        CalendarEvent event = change.event();
        List<Violation> unknown = new ArrayList<>();
        if (event.initiativeId() != null && !initiatives.exists(event.centerId(), event.initiativeId())) {
            unknown.add(Violation.of("initiativeId", "no initiative " + event.initiativeId() + " at center " + event.centerId()));
        }
        if (event.organizer().participantId() != null && !participants.isKnown(event.organizer().participantId())) {
            unknown.add(Violation.of("organizer.participantId", "no participant " + event.organizer().participantId()));
        }
        if (!unknown.isEmpty()) {
            throw DomainException.unprocessable(unknown);
        }
        events.insert(event, Announcements.of(change.facts(), now));
        outbox.afterWrite(EventRepository.COLLECTION, List.of(event.eventId().toString()));
        log.info("Event {} scheduled at center {} ({}, {} places)", event.eventId(), event.centerId(), event.format(), event.capacity());
        return event;
    }

    public CalendarEvent get(String centerId, UUID eventId) {
        return load(centerId, eventId).event();
    }

    public List<CalendarEvent> list(String centerId, Instant from, Instant to) {
        CenterId.require(centerId);
        if (from != null && to != null && !to.isAfter(from)) {
            throw DomainException.invalid("to", "must be after from");
        }
        return events.list(centerId, from, to);
    }

    public CalendarEvent reschedule(String centerId, UUID eventId, Instant startsAt, Instant endsAt) {
        return change(centerId, eventId, (event, now) -> event.reschedule(startsAt, endsAt, now), Function.identity()).event();
    }

    public CalendarEvent cancel(String centerId, UUID eventId, String reason) {
        return change(centerId, eventId, (event, now) -> event.cancel(reason, now), Function.identity()).event();
    }

    public Registered register(String centerId, UUID eventId, UUID participantId) {
        if (participantId == null) {
            throw DomainException.invalid("participantId", "is required");
        }
        if (!participants.isKnown(participantId)) {
            throw DomainException.unprocessable("participantId", "no participant " + participantId);
        }
        UUID registrationId = UUID.randomUUID();
        return change(centerId, eventId, (event, now) -> event.register(registrationId, participantId, now), Registered::change);
    }

    public RegistrationSlot registration(String centerId, UUID eventId, UUID registrationId) {
        return get(centerId, eventId).slotOfRegistration(registrationId).orElseThrow(
                () -> DomainException.notFound("registrationId", "no registration " + registrationId + " for event " + eventId));
    }

    public void withdraw(String centerId, UUID eventId, UUID registrationId) {
        change(centerId, eventId, (event, now) -> event.withdraw(registrationId, now), Function.identity());
    }

    /** A decision of the domain about the event as read, at {@code now}. */
    private interface Operation<R> {
        R apply(CalendarEvent event, Instant now);
    }

    /**
     * Reads the event, lets the operation decide, and writes the change with its announcements if
     * nobody wrote the event in between; otherwise decides again on the newer state.
     */
    private <R> R change(String centerId, UUID eventId, Operation<R> operation, Function<R, Change> changeOf) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            EventRepository.Versioned current = load(centerId, eventId);
            Instant now = clock.instant();
            R outcome = operation.apply(current.event(), now);
            Change change = changeOf.apply(outcome);
            if (!change.changed()) {
                return outcome;
            }
            if (events.update(change.event(), current.version(), Announcements.of(change.facts(), now))) {
                outbox.afterWrite(EventRepository.COLLECTION, List.of(eventId.toString()));
                log.info("Event {} at center {}: {}", eventId, centerId, names(change));
                return outcome;
            }
            Thread.onSpinWait();
        }
        throw DomainException.conflict("eventId", "event " + eventId + " is being changed by many requests at once; try again");
    }

    private EventRepository.Versioned load(String centerId, UUID eventId) {
        CenterId.require(centerId);
        return events.find(centerId, eventId)
                .orElseThrow(() -> DomainException.notFound("eventId", "no event " + eventId + " at center " + centerId));
    }

    private static String names(Change change) {
        return String.join(", ", change.facts().stream().map(fact -> fact.getClass().getSimpleName()).toList());
    }
}
