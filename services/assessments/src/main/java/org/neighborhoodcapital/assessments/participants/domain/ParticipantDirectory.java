package org.neighborhoodcapital.assessments.participants.domain;

import java.util.UUID;

/**
 * Which participants exist. Participants live in the memberships service; the replica assessments
 * keeps of them ({@code ParticipantReplica}) serves only their home centers (access checks) for now,
 * and the only adapter of this port accepts every well-formed id (see {@code AcceptEveryParticipant}).
 * Submissions ask this port, so that refusing unknown participants later is a new adapter, not a
 * change of the callers. Erased participants are known separately, from the erasure stream
 * ({@code ErasedParticipants}).
 */
public interface ParticipantDirectory {

    boolean isKnown(UUID participantId);
}
