package org.neighborhoodcapital.memberships.center.domain;

import java.time.ZoneId;

import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/**
 * What a center says about itself: name, city, IANA time zone (years are cut in it) and its annual
 * operating budget in minor units of an ISO 4217 currency (absent when unknown: then no
 * self-sufficiency can be computed).
 */
public record CenterDetails(String name, String city, ZoneId timezone, Money operatingBudget) {

    public static final int MAX_TEXT_LENGTH = 200;

    /** A budget as a client sent it; either field may be missing. */
    public record BudgetInput(Long amountMinor, String currency) {
    }

    /** @throws DomainException (INVALID) naming every field that is missing or wrong */
    public static CenterDetails validate(String name, String city, String timezone, BudgetInput budget) {
        Violations violations = new Violations();
        violations.text(name, "name", MAX_TEXT_LENGTH);
        violations.text(city, "city", MAX_TEXT_LENGTH);
        ZoneId zone = null;
        if (violations.require(timezone, "timezone")) {
            if (ZoneId.getAvailableZoneIds().contains(timezone)) {
                zone = ZoneId.of(timezone);
            } else {
                violations.add("timezone", "'" + timezone + "' is not an IANA time zone such as Europe/Moscow");
            }
        }
        Money money = null;
        if (budget != null) {
            if (violations.require(budget.amountMinor(), "operatingBudget.amountMinor") && budget.amountMinor() < 0) {
                violations.add("operatingBudget.amountMinor", "must not be negative");
            }
            violations.currency(budget.currency(), "operatingBudget.currency");
            if (violations.isEmpty()) {
                money = new Money(budget.amountMinor(), budget.currency());
            }
        }
        violations.throwIfAny();
        return new CenterDetails(name.trim(), city.trim(), zone, money);
    }
}
