package org.neighborhoodcapital.contracts.memberships;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** A resident joined a home center. Pseudonymous: no name, e-mail or phone ever crosses Kafka. */
public record ParticipantJoined(
        UUID participantId,
        String homeCenterId,
        Instant joinedAt,
        boolean researchConsent) implements DomainEvent {

    public ParticipantJoined {
        Require.present(participantId, "participantId");
        Require.present(homeCenterId, "homeCenterId");
        Require.present(joinedAt, "joinedAt");
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
