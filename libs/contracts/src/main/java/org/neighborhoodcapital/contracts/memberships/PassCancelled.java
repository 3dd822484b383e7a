package org.neighborhoodcapital.contracts.memberships;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.Require;

/** A pass was cancelled, with {@code refund} paid back (zero when none). */
public record PassCancelled(
        UUID passId,
        UUID participantId,
        String centerId,
        Money refund,
        Instant cancelledAt) implements DomainEvent {

    public PassCancelled {
        Require.present(passId, "passId");
        Require.present(participantId, "participantId");
        Require.present(centerId, "centerId");
        Require.present(refund, "refund");
        Require.present(cancelledAt, "cancelledAt");
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
