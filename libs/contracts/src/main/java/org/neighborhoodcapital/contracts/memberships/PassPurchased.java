package org.neighborhoodcapital.contracts.memberships;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.Require;

/** A participant bought a season ticket, valid from {@code validFrom} until {@code validUntil}. */
public record PassPurchased(
        UUID passId,
        UUID participantId,
        String centerId,
        UUID planId,
        PassTier tier,
        PassScope scope,
        Money price,
        Instant purchasedAt,
        Instant validFrom,
        Instant validUntil) implements DomainEvent {

    public PassPurchased {
        Require.present(passId, "passId");
        Require.present(participantId, "participantId");
        Require.present(centerId, "centerId");
        Require.present(planId, "planId");
        Require.present(tier, "tier");
        Require.present(scope, "scope");
        Require.present(price, "price");
        Require.present(purchasedAt, "purchasedAt");
        Require.present(validFrom, "validFrom");
        Require.present(validUntil, "validUntil");
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
