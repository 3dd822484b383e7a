package org.neighborhoodcapital.contracts.memberships;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.Require;

/** A pass was renewed: paid again, now valid until {@code validUntil}. */
public record PassRenewed(
        UUID passId,
        UUID participantId,
        String centerId,
        Money price,
        Instant renewedAt,
        Instant validUntil) implements DomainEvent {

    public PassRenewed {
        Require.present(passId, "passId");
        Require.present(participantId, "participantId");
        Require.present(centerId, "centerId");
        Require.present(price, "price");
        Require.present(renewedAt, "renewedAt");
        Require.present(validUntil, "validUntil");
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
