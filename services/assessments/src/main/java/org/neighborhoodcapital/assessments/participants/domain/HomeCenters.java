package org.neighborhoodcapital.assessments.participants.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * The home center of each participant, as memberships announced it: the center whose staff may
 * submit and read the participant's self-assessments. Empty for a participant not known here (yet):
 * the replica learns of participants from the stream, a moment after they joined.
 */
public interface HomeCenters {

    Optional<String> of(UUID participantId);
}
