package org.neighborhoodcapital.contracts.memberships;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.Require;

/**
 * A center joined the network, or its details changed (the latest announcement wins).
 * {@code timezone} is an IANA zone id; years are cut in it. {@code operatingBudget} is the annual
 * budget, absent when unknown.
 */
public record CenterRegistered(
        String centerId,
        String name,
        String city,
        String timezone,
        Money operatingBudget) implements DomainEvent {

    public CenterRegistered {
        Require.present(centerId, "centerId");
        Require.present(name, "name");
        Require.present(timezone, "timezone");
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
