package org.neighborhoodcapital.reporting;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;

/** Object mother for the facts the reporting service consumes, as the other services publish them. */
final class NetworkFacts {

    static EventScheduled aStaffEvent(UUID eventId, String centerId, String startsAt) {
        return scheduled(eventId, centerId, startsAt, Organizer.staff());
    }

    static EventScheduled aResidentLedEvent(UUID eventId, String centerId, String startsAt) {
        return scheduled(eventId, centerId, startsAt, Organizer.resident(UUID.randomUUID()));
    }

    private static EventScheduled scheduled(UUID eventId, String centerId, String startsAt, Organizer organizer) {
        Instant start = Instant.parse(startsAt);
        return new EventScheduled(eventId, centerId, "Neighbors meet", EventFormat.MEETING, start, start.plusSeconds(7200),
                40, organizer, 0, "EUR", null, 1);
    }

    static EventRescheduled movedTo(UUID eventId, String centerId, String startsAt, int revision) {
        Instant start = Instant.parse(startsAt);
        return new EventRescheduled(eventId, centerId, start, start.plusSeconds(7200), revision);
    }

    static EventCancelled cancelled(UUID eventId, String centerId, int revision) {
        return new EventCancelled(eventId, centerId, "the hall is flooded", Instant.parse("2020-01-01T00:00:00Z"), revision);
    }

    static AttendanceRecorded checkIn(UUID eventId, String centerId, UUID participantId, String at) {
        return new AttendanceRecorded(eventId, centerId, participantId, Instant.parse(at));
    }

    static InitiativeLaunched anInitiative(String centerId, InitiativeType type, String launchedAt) {
        return new InitiativeLaunched(UUID.randomUUID(), centerId, "Tool library", type, UUID.randomUUID(), Instant.parse(launchedAt));
    }

    static CenterRegistered aCenter(String centerId, String timezone) {
        return new CenterRegistered(centerId, "Center " + centerId, "Springfield", timezone, null);
    }

    private NetworkFacts() {
    }
}
