package org.neighborhoodcapital.events.participants.directory;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.events.participants.domain.ParticipantDirectory;
import org.springframework.stereotype.Component;

/**
 * Accepts every well-formed participant id: existence checks arrive with the replica of the
 * memberships participants stream. Not a fake directory: it makes no claim about who exists.
 */
@Component
public class AcceptEveryParticipant implements ParticipantDirectory {

    @Override
    public Set<UUID> unknownAmong(Collection<UUID> participantIds) {
        return Set.of();
    }
}
