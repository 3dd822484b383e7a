package org.neighborhoodcapital.contracts.memberships;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** A participant gave or withdrew consent to research use of their data. */
public record ConsentChanged(
        UUID participantId,
        boolean researchConsent,
        Instant changedAt) implements DomainEvent {

    public ConsentChanged {
        Require.present(participantId, "participantId");
        Require.present(changedAt, "changedAt");
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
