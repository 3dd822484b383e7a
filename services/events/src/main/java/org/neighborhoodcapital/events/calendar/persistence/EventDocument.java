package org.neighborhoodcapital.events.calendar.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.events.calendar.domain.CalendarEvent;
import org.neighborhoodcapital.events.calendar.domain.EventStatus;
import org.neighborhoodcapital.events.calendar.domain.Registration;
import org.neighborhoodcapital.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event with its registrations, in collection {@code events}. Ids are stored as strings.
 * {@code version} grows with every write: updates are conditional on it (optimistic concurrency,
 * no transactions needed). {@code outbox}/{@code outboxPending} carry the records announcing the
 * changes, written by the same insert or update (see the platform's {@code Outbox}).
 */
@Document(EventDocument.COLLECTION)
record EventDocument(
        @Id String id,
        String centerId,
        String title,
        String format,
        Instant startsAt,
        Instant endsAt,
        int capacity,
        OrganizerEntry organizer,
        long priceMinor,
        String currency,
        String initiativeId,
        String status,
        int revision,
        String cancelReason,
        Instant cancelledAt,
        Instant updatedAt,
        List<RegistrationEntry> confirmed,
        List<RegistrationEntry> waitlist,
        List<String> withdrawn,
        long version,
        List<OutboxMessage> outbox,
        boolean outboxPending) {

    static final String COLLECTION = "events";

    record OrganizerEntry(String kind, String participantId) {
    }

    record RegistrationEntry(String registrationId, String participantId, Instant registeredAt) {

        static RegistrationEntry of(Registration r) {
            return new RegistrationEntry(r.registrationId().toString(), r.participantId().toString(), r.registeredAt());
        }

        Registration toDomain() {
            return new Registration(UUID.fromString(registrationId), UUID.fromString(participantId), registeredAt);
        }
    }

    static EventDocument of(CalendarEvent e, long version, List<OutboxMessage> outbox) {
        return new EventDocument(e.eventId().toString(), e.centerId(), e.title(), e.format().name(), e.startsAt(), e.endsAt(),
                e.capacity(), new OrganizerEntry(e.organizer().kind().name(), string(e.organizer().participantId())),
                e.priceMinor(), e.currency(), string(e.initiativeId()), e.status().name(), e.revision(), e.cancelReason(),
                e.cancelledAt(), e.updatedAt(), entries(e.confirmed()), entries(e.waitlist()),
                e.withdrawn().stream().map(UUID::toString).toList(), version, outbox, !outbox.isEmpty());
    }

    CalendarEvent toDomain() {
        return new CalendarEvent(UUID.fromString(id), centerId, title, EventFormat.valueOf(format), startsAt, endsAt, capacity,
                new Organizer(OrganizerKind.valueOf(organizer.kind()), uuid(organizer.participantId())), priceMinor, currency,
                uuid(initiativeId), EventStatus.valueOf(status), revision, cancelReason, cancelledAt, updatedAt,
                registrations(confirmed), registrations(waitlist),
                withdrawn == null ? List.of() : withdrawn.stream().map(UUID::fromString).toList());
    }

    static List<RegistrationEntry> entries(List<Registration> registrations) {
        return registrations.stream().map(RegistrationEntry::of).toList();
    }

    private static List<Registration> registrations(List<RegistrationEntry> entries) {
        return entries == null ? List.of() : entries.stream().map(RegistrationEntry::toDomain).toList();
    }

    static String string(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
