package org.neighborhoodcapital.simulator;

import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;

/** A season-ticket plan a center sells (plans are not announced on a topic; passes name them by id). */
public record PassPlan(
        UUID planId,
        String centerId,
        String name,
        PassTier tier,
        PassScope scope,
        long priceMinor,
        String currency,
        int durationDays) {
}
