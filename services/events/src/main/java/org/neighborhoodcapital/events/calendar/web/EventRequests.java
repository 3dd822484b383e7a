package org.neighborhoodcapital.events.calendar.web;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.events.calendar.domain.NewEvent;
import org.neighborhoodcapital.events.common.web.Millis;

/** Bodies of the calendar's requests, as clients send them. */
final class EventRequests {

    record OrganizerRequest(OrganizerKind kind, UUID participantId) {
    }

    /** {@code priceMinor} defaults to 0, {@code currency} to EUR, {@code initiativeId} is optional. */
    record ScheduleEvent(String title, EventFormat format, Instant startsAt, Instant endsAt, Integer capacity,
                         OrganizerRequest organizer, Long priceMinor, String currency, UUID initiativeId) {

        NewEvent toDraft(String centerId) {
            return new NewEvent(centerId, title, format, Millis.of(startsAt), Millis.of(endsAt), capacity,
                    organizer == null ? null : new NewEvent.OrganizerInput(organizer.kind(), organizer.participantId()),
                    priceMinor, currency, initiativeId);
        }
    }

    record Reschedule(Instant startsAt, Instant endsAt) {
    }

    record Cancel(String reason) {
    }

    record Register(UUID participantId) {
    }

    private EventRequests() {
    }
}
