package org.neighborhoodcapital.events.participants.domain;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which participants exist. Participants live in the memberships service; until events keeps a
 * replica of them, the only adapter accepts every well-formed id (see {@code AcceptEveryParticipant}).
 * Registrations, check-ins, organizers and initiative leaders all ask this port, so that refusing
 * unknown participants later is a new adapter, not a change of the callers.
 */
public interface ParticipantDirectory {

    /** The ids among {@code participantIds} that are not known participants (empty when all are). */
    Set<UUID> unknownAmong(Collection<UUID> participantIds);

    default boolean isKnown(UUID participantId) {
        return unknownAmong(Set.of(participantId)).isEmpty();
    }
}
