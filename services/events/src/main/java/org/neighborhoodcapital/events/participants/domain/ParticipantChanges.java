package org.neighborhoodcapital.events.participants.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one batch of the memberships participants stream says, folded to one change per participant:
 * a participant who joined, or one who was erased (with the joining facts when the batch also held
 * them). An erasure is final: a joining seen after it in the batch, or replayed later, never revives
 * the participant; the replica applies joinings only to participants it does not hold yet.
 */
public final class ParticipantChanges {

    /** The change of one participant: {@code homeCenterId}/{@code joinedAt} may be null for an erasure-only change. */
    public record Change(UUID participantId, String homeCenterId, Instant joinedAt, boolean erased) {
    }

    private final Map<UUID, Change> changes = new LinkedHashMap<>();

    public void joined(UUID participantId, String homeCenterId, Instant joinedAt) {
        changes.merge(participantId, new Change(participantId, homeCenterId, joinedAt, false),
                (held, joining) -> held.homeCenterId() != null ? held
                        : new Change(participantId, homeCenterId, joinedAt, held.erased()));
    }

    public void erased(UUID participantId) {
        changes.merge(participantId, new Change(participantId, null, null, true),
                (held, erasure) -> new Change(participantId, held.homeCenterId(), held.joinedAt(), true));
    }

    public Collection<Change> changes() {
        return List.copyOf(changes.values());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public long erasures() {
        return changes.values().stream().filter(Change::erased).count();
    }
}
