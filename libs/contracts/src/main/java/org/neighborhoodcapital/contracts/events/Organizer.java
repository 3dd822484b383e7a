package org.neighborhoodcapital.contracts.events;

import java.util.UUID;

import org.neighborhoodcapital.contracts.Require;

/** The organizer of an event; {@code participantId} is present exactly when the kind is RESIDENT. */
public record Organizer(OrganizerKind kind, UUID participantId) {

    public Organizer {
        Require.present(kind, "organizer.kind");
        if (kind == OrganizerKind.RESIDENT) {
            Require.present(participantId, "organizer.participantId");
        }
    }

    public static Organizer staff() {
        return new Organizer(OrganizerKind.STAFF, null);
    }

    public static Organizer resident(UUID participantId) {
        return new Organizer(OrganizerKind.RESIDENT, participantId);
    }
}
