package org.neighborhoodcapital.contracts;

import java.util.Objects;

/** An amount in minor units (cents, kopecks) of an ISO 4217 currency. */
public record Money(long amountMinor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }
}
