package org.neighborhoodcapital.contracts.memberships;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** A pass reached its end of validity. Announced exactly once per pass. */
public record PassExpired(
        UUID passId,
        UUID participantId,
        String centerId,
        Instant expiredAt) implements DomainEvent {

    public PassExpired {
        Require.present(passId, "passId");
        Require.present(participantId, "participantId");
        Require.present(centerId, "centerId");
        Require.present(expiredAt, "expiredAt");
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
