package org.neighborhoodcapital.events.participants.domain;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which participants exist. Participants live in the memberships service; the events service keeps
 * a replica of them ({@code ParticipantReplica}), or, when told not to check, accepts every
 * well-formed id ({@code AcceptEveryParticipant}). Registrations, check-ins, organizers and
 * initiative leaders all ask this port.
 */
public interface ParticipantDirectory {

    /** The ids among {@code participantIds} that are not known participants (empty when all are). */
    Set<UUID> unknownAmong(Collection<UUID> participantIds);

    default boolean isKnown(UUID participantId) {
        return unknownAmong(Set.of(participantId)).isEmpty();
    }
}
