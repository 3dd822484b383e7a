package org.neighborhoodcapital.assessments.participants.directory;

import java.util.UUID;

import org.neighborhoodcapital.assessments.participants.domain.ParticipantDirectory;
import org.springframework.stereotype.Component;

/**
 * Accepts every well-formed participant id: existence checks arrive with a replica of the
 * memberships participants stream. Not a fake directory: it makes no claim about who exists.
 */
@Component
public class AcceptEveryParticipant implements ParticipantDirectory {

    @Override
    public boolean isKnown(UUID participantId) {
        return true;
    }
}
