package org.neighborhoodcapital.events.participants.directory;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.events.participants.domain.ParticipantDirectory;

/**
 * Accepts every well-formed participant id, for a network that does not run the memberships service
 * ({@code nc.events.participants.check=false}). Not a fake directory: it makes no claim about who exists.
 */
public class AcceptEveryParticipant implements ParticipantDirectory {

    @Override
    public Set<UUID> unknownAmong(Collection<UUID> participantIds) {
        return Set.of();
    }
}
