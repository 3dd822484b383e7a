package org.neighborhoodcapital.assessments.participants.domain;

import java.util.UUID;

/**
 * Which participants exist. Participants live in the memberships service; until assessments keeps
 * a replica of them, the only adapter accepts every well-formed id (see {@code AcceptEveryParticipant}).
 * Submissions ask this port, so that refusing unknown participants later is a new adapter, not a
 * change of the callers. Erased participants are known separately, from the erasure stream
 * ({@code ErasedParticipants}).
 */
public interface ParticipantDirectory {

    boolean isKnown(UUID participantId);
}
