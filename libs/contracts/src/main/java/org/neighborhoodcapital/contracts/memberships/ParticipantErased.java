package org.neighborhoodcapital.contracts.memberships;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** A participant was erased: every service forgets them, and no later report includes them. */
public record ParticipantErased(
        UUID participantId,
        Instant erasedAt) implements DomainEvent {

    public ParticipantErased {
        Require.present(participantId, "participantId");
        Require.present(erasedAt, "erasedAt");
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
