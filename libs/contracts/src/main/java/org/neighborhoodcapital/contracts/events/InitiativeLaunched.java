package org.neighborhoodcapital.contracts.events;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** A resident launched an initiative at a center. */
public record InitiativeLaunched(
        UUID initiativeId,
        String centerId,
        String title,
        InitiativeType type,
        UUID leaderId,
        Instant launchedAt) implements DomainEvent {

    public InitiativeLaunched {
        Require.present(initiativeId, "initiativeId");
        Require.present(centerId, "centerId");
        Require.present(title, "title");
        Require.present(type, "type");
        Require.present(leaderId, "leaderId");
        Require.present(launchedAt, "launchedAt");
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
