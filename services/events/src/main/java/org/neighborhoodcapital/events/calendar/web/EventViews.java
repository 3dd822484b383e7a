package org.neighborhoodcapital.events.calendar.web;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.events.RegistrationStatus;
import org.neighborhoodcapital.events.calendar.domain.CalendarEvent;
import org.neighborhoodcapital.events.calendar.domain.EventStatus;
import org.neighborhoodcapital.events.calendar.domain.RegistrationSlot;

/** What the calendar answers. */
final class EventViews {

    /** An event; {@code confirmed} and {@code waitlisted} count its registrations. */
    record EventView(UUID eventId, String centerId, String title, EventFormat format, Instant startsAt, Instant endsAt,
                     int capacity, Organizer organizer, long priceMinor, String currency, UUID initiativeId,
                     EventStatus status, int revision, int confirmed, int waitlisted) {

        static EventView of(CalendarEvent e) {
            return new EventView(e.eventId(), e.centerId(), e.title(), e.format(), e.startsAt(), e.endsAt(), e.capacity(),
                    e.organizer(), e.priceMinor(), e.currency(), e.initiativeId(), e.status(), e.revision(),
                    e.confirmed().size(), e.waitlist().size());
        }
    }

    /** A registration; {@code waitlistPosition} is 1-based, null when CONFIRMED. */
    record RegistrationView(UUID registrationId, UUID eventId, UUID participantId, RegistrationStatus status,
                            Integer waitlistPosition) {

        static RegistrationView of(RegistrationSlot s) {
            return new RegistrationView(s.registrationId(), s.eventId(), s.participantId(), s.status(), s.waitlistPosition());
        }
    }

    private EventViews() {
    }
}
