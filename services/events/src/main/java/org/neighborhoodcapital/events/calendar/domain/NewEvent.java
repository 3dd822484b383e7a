package org.neighborhoodcapital.events.calendar.domain;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.OrganizerKind;

/**
 * What a center asks to put on its calendar, as given (any value may be missing or wrong):
 * {@link CalendarEvent#schedule} checks it. {@code priceMinor} defaults to 0 and {@code currency} to
 * {@value CalendarEvent#DEFAULT_CURRENCY}.
 */
public record NewEvent(
        String centerId,
        String title,
        EventFormat format,
        Instant startsAt,
        Instant endsAt,
        Integer capacity,
        OrganizerInput organizer,
        Long priceMinor,
        String currency,
        UUID initiativeId) {

    /** The organizer as given: STAFF without a participant, or RESIDENT with one. */
    public record OrganizerInput(OrganizerKind kind, UUID participantId) {
    }
}
