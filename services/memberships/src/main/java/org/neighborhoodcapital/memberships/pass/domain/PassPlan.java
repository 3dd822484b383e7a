package org.neighborhoodcapital.memberships.pass.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/**
 * A season ticket a center sells: a tier, a price in minor units of a currency (0 for FREE), a
 * duration in calendar days of the center's time zone, valid at the center or across the network.
 * Plans do not change once created: a new price is a new plan.
 */
public record PassPlan(UUID planId, String centerId, String name, PassTier tier, long priceMinor, String currency,
                       int durationDays, PassScope scope, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DURATION_DAYS = 3660;

    public PassPlan {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(centerId, "centerId");
    }

    /**
     * @param budget the center's operating budget, if known: a plan is sold in its currency, so that
     *               pass revenue and budget can be compared (self-sufficiency)
     * @throws DomainException INVALID naming every field that is missing or wrong, UNPROCESSABLE
     *                         (currency) for a currency other than the center's budget's
     */
    public static PassPlan create(UUID planId, String centerId, String name, PassTier tier, Long priceMinor, String currency,
                                  Integer durationDays, PassScope scope, Money budget, Instant now) {
        Violations violations = new Violations();
        violations.text(name, "name", MAX_NAME_LENGTH);
        violations.require(tier, "tier");
        if (violations.require(priceMinor, "priceMinor")) {
            if (priceMinor < 0) {
                violations.add("priceMinor", "must not be negative");
            } else if (tier == PassTier.FREE && priceMinor != 0) {
                violations.add("priceMinor", "must be 0 for tier FREE");
            }
        }
        violations.currency(currency, "currency");
        if (violations.require(durationDays, "durationDays") && (durationDays < 1 || durationDays > MAX_DURATION_DAYS)) {
            violations.add("durationDays", "must be between 1 and " + MAX_DURATION_DAYS);
        }
        violations.require(scope, "scope");
        violations.throwIfAny();
        if (budget != null && !budget.currency().equals(currency)) {
            throw DomainException.unprocessable("currency", "must be the currency of the center's operating budget (" + budget.currency() + ")");
        }
        return new PassPlan(planId, centerId, name.trim(), tier, priceMinor, currency, durationDays, scope, now);
    }

    public Money price() {
        return new Money(priceMinor, currency);
    }
}
