package org.neighborhoodcapital.memberships.pass.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassExpired;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/**
 * A season ticket held by a participant, sold by the plan's center at the plan's price. Money is in
 * minor units of the plan's currency: {@code paidMinor} is what was paid in all (purchase and
 * renewals), the most that a cancellation can refund.
 *
 * <p>Two passes of the same plan held by one participant may not overlap: passes that are not
 * cancelled (active or expired) have disjoint validity intervals. {@code sequence} numbers the
 * participant's passes of a plan (unique in the store), so that two purchases racing each other
 * cannot both pass the overlap check.
 */
public record Pass(UUID passId, UUID participantId, String centerId, UUID planId, PassTier tier, PassScope scope,
                   long priceMinor, String currency, int durationDays, Instant purchasedAt, Instant validFrom, Instant validUntil,
                   PassState state, long paidMinor, List<Renewal> renewals, Instant cancelledAt, Long refundMinor, Instant expiredAt,
                   int sequence) {

    /** A renewal: paid {@code priceMinor} at {@code renewedAt}, extending the pass to {@code validUntil}. */
    public record Renewal(Instant renewedAt, long priceMinor, Instant validUntil) {
    }

    /** A change and the record announcing it. */
    public record Changed<T>(Pass pass, T announcement) {
    }

    public Pass {
        Objects.requireNonNull(passId, "passId");
        Objects.requireNonNull(state, "state");
        renewals = List.copyOf(renewals);
    }

    /**
     * Buys a pass of {@code plan}: valid from {@code validFrom} (default: the purchase) for the plan's
     * duration. {@code purchasedAt} defaults to now and may not be in the future nor before the
     * participant joined.
     *
     * @param heldOfPlan the participant's passes of the same plan (any state)
     * @param currency   optional: when given, must be the plan's
     * @throws DomainException INVALID for bad times, UNPROCESSABLE (currency) for another currency,
     *                         CONFLICT (validFrom) when it would overlap a pass of the same plan
     */
    public static Changed<PassPurchased> purchase(UUID passId, UUID participantId, Instant joinedAt, PassPlan plan, ZoneId zone,
                                                  Instant purchasedAt, Instant validFrom, String currency,
                                                  Collection<Pass> heldOfPlan, Instant now) {
        Violations violations = new Violations();
        violations.notInTheFuture(purchasedAt, "purchasedAt", now);
        Instant purchased = purchasedAt == null ? now : purchasedAt;
        if (purchased.isBefore(joinedAt)) {
            violations.add("purchasedAt", "must not be before the participant joined (" + joinedAt + ")");
        }
        violations.throwIfAny();
        requirePlanCurrency(currency, plan.currency());
        Instant from = validFrom == null ? purchased : validFrom;
        Instant until = PassValidity.until(from, plan.durationDays(), zone);
        for (Pass held : heldOfPlan) {
            if (held.state() != PassState.CANCELLED && PassValidity.overlap(from, until, held.validFrom(), held.validUntil())) {
                throw DomainException.conflict("validFrom", "the participant already holds pass " + held.passId() + " of this plan, valid "
                        + held.validFrom() + " to " + held.validUntil() + "; a new one from " + from + " to " + until + " would overlap it");
            }
        }
        int sequence = heldOfPlan.stream().mapToInt(Pass::sequence).max().orElse(0) + 1;
        Pass pass = new Pass(passId, participantId, plan.centerId(), plan.planId(), plan.tier(), plan.scope(), plan.priceMinor(),
                plan.currency(), plan.durationDays(), purchased, from, until, PassState.ACTIVE, plan.priceMinor(), List.of(),
                null, null, null, sequence);
        return new Changed<>(pass, new PassPurchased(passId, participantId, plan.centerId(), plan.planId(), plan.tier(), plan.scope(),
                plan.price(), purchased, from, until));
    }

    /**
     * Renews at the plan's price (the price of the pass at purchase): {@link PassValidity#renewedUntil}.
     *
     * @param otherOfPlan the participant's other passes of the same plan
     * @throws DomainException CONFLICT (passId) for a cancelled or expired pass or when the extension
     *                         would overlap another pass of the plan, INVALID for bad times,
     *                         UNPROCESSABLE (currency) for another currency
     */
    public Changed<PassRenewed> renew(Instant renewedAt, String currency, ZoneId zone, Collection<Pass> otherOfPlan, Instant now) {
        requireActive();
        Violations violations = new Violations();
        violations.notInTheFuture(renewedAt, "renewedAt", now);
        Instant at = renewedAt == null ? now : renewedAt;
        if (at.isBefore(purchasedAt)) {
            violations.add("renewedAt", "must not be before the pass was purchased (" + purchasedAt + ")");
        }
        violations.throwIfAny();
        requirePlanCurrency(currency, this.currency);
        Instant until = PassValidity.renewedUntil(validUntil, at, durationDays, zone);
        for (Pass other : otherOfPlan) {
            if (!other.passId().equals(passId) && other.state() != PassState.CANCELLED
                    && PassValidity.overlap(validFrom, until, other.validFrom(), other.validUntil())) {
                throw DomainException.conflict("passId", "renewing pass " + passId + " until " + until + " would overlap pass "
                        + other.passId() + " of the same plan (valid " + other.validFrom() + " to " + other.validUntil() + ")");
            }
        }
        List<Renewal> more = new ArrayList<>(renewals);
        more.add(new Renewal(at, priceMinor, until));
        Pass renewed = new Pass(passId, participantId, centerId, planId, tier, scope, priceMinor, currency(), durationDays, purchasedAt,
                validFrom, until, state, paidMinor + priceMinor, more, cancelledAt, refundMinor, expiredAt, sequence);
        return new Changed<>(renewed, new PassRenewed(passId, participantId, centerId, new Money(priceMinor, this.currency), at, until));
    }

    /**
     * Cancels with a refund of {@code refundMinor} (0 up to what was paid) at {@code cancelledAt} (default now).
     *
     * @throws DomainException CONFLICT (passId) for a cancelled or expired pass, INVALID for a missing or
     *                         out-of-range refund or bad time, UNPROCESSABLE (currency) for another currency
     */
    public Changed<PassCancelled> cancel(Long refund, Instant cancelledAt, String currency, Instant now) {
        requireActive();
        Violations violations = new Violations();
        if (violations.require(refund, "refundMinor") && (refund < 0 || refund > paidMinor)) {
            violations.add("refundMinor", "must be between 0 and the " + paidMinor + " paid");
        }
        violations.notInTheFuture(cancelledAt, "cancelledAt", now);
        Instant at = cancelledAt == null ? now : cancelledAt;
        if (at.isBefore(purchasedAt)) {
            violations.add("cancelledAt", "must not be before the pass was purchased (" + purchasedAt + ")");
        }
        violations.throwIfAny();
        requirePlanCurrency(currency, this.currency);
        Pass cancelled = new Pass(passId, participantId, centerId, planId, tier, scope, priceMinor, this.currency, durationDays,
                purchasedAt, validFrom, validUntil, PassState.CANCELLED, paidMinor, renewals, at, refund, expiredAt, sequence);
        return new Changed<>(cancelled, new PassCancelled(passId, participantId, centerId, new Money(refund, this.currency), at));
    }

    /** Whether its validity ended by {@code now} while still active: then it is due to be announced as expired. */
    public boolean isDueToExpire(Instant now) {
        return state == PassState.ACTIVE && !validUntil.isAfter(now);
    }

    /** The announcement of the end of validity, dated at {@code validUntil}. */
    public PassExpired expired() {
        return new PassExpired(passId, participantId, centerId, validUntil);
    }

    private void requireActive() {
        if (state != PassState.ACTIVE) {
            throw DomainException.conflict("passId", "pass " + passId + " is " + state + " and cannot be changed any more");
        }
    }

    private static void requirePlanCurrency(String given, String planCurrency) {
        if (given != null && !given.equals(planCurrency)) {
            throw DomainException.unprocessable("currency", "must be the plan's currency (" + planCurrency + ")");
        }
    }
}
