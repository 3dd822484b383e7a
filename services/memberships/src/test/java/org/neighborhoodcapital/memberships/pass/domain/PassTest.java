package org.neighborhoodcapital.memberships.pass.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.platform.domain.DomainException;

class PassTest {

    static final ZoneId UTC = ZoneId.of("UTC");
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Instant JOINED = Instant.parse("2025-01-01T00:00:00Z");
    static final UUID PARTICIPANT = UUID.randomUUID();

    static PassPlan monthly() {
        return PassPlan.create(UUID.randomUUID(), "north", "Monthly", PassTier.STANDARD, 2500L, "EUR", 30, PassScope.CENTER, null, NOW);
    }

    static Pass buy(PassPlan plan, Instant purchasedAt, List<Pass> held) {
        return Pass.purchase(UUID.randomUUID(), PARTICIPANT, JOINED, plan, UTC, purchasedAt, null, null, held, NOW).pass();
    }

    static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPlanNeedsAValidPriceCurrencyDurationAndZeroForFree() {
        assertThat(refusal(() -> PassPlan.create(UUID.randomUUID(), "north", "Free", PassTier.FREE, 100L, "EUR", 30, PassScope.CENTER, null, NOW))
                .field()).isEqualTo("priceMinor");
        assertThat(refusal(() -> PassPlan.create(UUID.randomUUID(), "north", "X", PassTier.BASIC, -1L, "EUR", 30, PassScope.CENTER, null, NOW))
                .field()).isEqualTo("priceMinor");
        assertThat(refusal(() -> PassPlan.create(UUID.randomUUID(), "north", "X", PassTier.BASIC, 1L, "eur", 30, PassScope.CENTER, null, NOW))
                .field()).isEqualTo("currency");
        assertThat(refusal(() -> PassPlan.create(UUID.randomUUID(), "north", "X", PassTier.BASIC, 1L, "EUR", 0, PassScope.CENTER, null, NOW))
                .field()).isEqualTo("durationDays");
        DomainException otherCurrency = refusal(() -> PassPlan.create(UUID.randomUUID(), "north", "X", PassTier.BASIC, 1L, "USD", 30,
                PassScope.CENTER, new Money(1_000_000, "EUR"), NOW));
        assertThat(otherCurrency.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
        assertThat(otherCurrency.field()).isEqualTo("currency");
    }

    @Test
    void aPurchaseIsValidForThePlansDurationFromValidFromAndPaysThePlanPrice() {
        PassPlan plan = monthly();
        Instant purchasedAt = Instant.parse("2025-05-01T10:00:00Z");

        Pass.Changed<PassPurchased> bought = Pass.purchase(UUID.randomUUID(), PARTICIPANT, JOINED, plan, UTC, purchasedAt,
                Instant.parse("2025-05-05T00:00:00Z"), "EUR", List.of(), NOW);

        assertThat(bought.pass().validUntil()).isEqualTo(Instant.parse("2025-06-04T00:00:00Z"));
        assertThat(bought.pass().paidMinor()).isEqualTo(2500);
        assertThat(bought.pass().sequence()).isEqualTo(1);
        assertThat(bought.announcement().price()).isEqualTo(new Money(2500, "EUR"));
        assertThat(bought.announcement().validFrom()).isEqualTo(Instant.parse("2025-05-05T00:00:00Z"));
    }

    @Test
    void anOverlappingPassOfTheSamePlanIsRefusedButAFollowingOrAfterACancelledOneIsNot() {
        PassPlan plan = monthly();
        Pass may = buy(plan, Instant.parse("2025-05-01T00:00:00Z"), List.of());

        DomainException overlap = refusal(() -> buy(plan, Instant.parse("2025-05-20T00:00:00Z"), List.of(may)));
        assertThat(overlap.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(overlap.field()).isEqualTo("validFrom");
        assertThat(overlap.getMessage()).contains(may.passId().toString());

        Pass june = buy(plan, may.validUntil(), List.of(may));
        assertThat(june.sequence()).isEqualTo(2);

        Pass cancelled = may.cancel(0L, Instant.parse("2025-05-02T00:00:00Z"), null, NOW).pass();
        assertThat(buy(plan, Instant.parse("2025-05-20T00:00:00Z"), List.of(cancelled)).validFrom())
                .isEqualTo(Instant.parse("2025-05-20T00:00:00Z"));
    }

    @Test
    void anotherCurrencyThanThePlansIsRefused() {
        assertThat(refusal(() -> Pass.purchase(UUID.randomUUID(), PARTICIPANT, JOINED, monthly(), UTC, null, null, "USD", List.of(), NOW))
                .field()).isEqualTo("currency");
    }

    @Test
    void aPurchaseCannotPredateJoiningOrLieInTheFuture() {
        assertThat(refusal(() -> buy(monthly(), JOINED.minusSeconds(1), List.of())).field()).isEqualTo("purchasedAt");
        assertThat(refusal(() -> buy(monthly(), NOW.plusSeconds(3600), List.of())).field()).isEqualTo("purchasedAt");
    }

    @Test
    void renewalExtendsAndAddsThePriceToWhatWasPaid() {
        Pass pass = buy(monthly(), Instant.parse("2025-05-01T00:00:00Z"), List.of());

        Pass renewed = pass.renew(Instant.parse("2025-05-25T00:00:00Z"), null, UTC, List.of(pass), NOW).pass();

        assertThat(renewed.validUntil()).isEqualTo(Instant.parse("2025-06-30T00:00:00Z"));
        assertThat(renewed.paidMinor()).isEqualTo(5000);
        assertThat(renewed.renewals()).singleElement().extracting(Pass.Renewal::validUntil).isEqualTo(renewed.validUntil());
    }

    @Test
    void aCancelledOrExpiredPassCannotBeRenewedOrCancelled() {
        Pass pass = buy(monthly(), Instant.parse("2025-05-01T00:00:00Z"), List.of());
        Pass cancelled = pass.cancel(100L, null, null, NOW).pass();

        DomainException renewCancelled = refusal(() -> cancelled.renew(null, null, UTC, List.of(), NOW));
        assertThat(renewCancelled.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(renewCancelled.field()).isEqualTo("passId");
        assertThat(refusal(() -> cancelled.cancel(0L, null, null, NOW)).field()).isEqualTo("passId");
    }

    @Test
    void aRefundIsBetweenZeroAndWhatWasPaid() {
        Pass pass = buy(monthly(), Instant.parse("2025-05-01T00:00:00Z"), List.of());

        assertThat(refusal(() -> pass.cancel(2501L, null, null, NOW)).field()).isEqualTo("refundMinor");
        assertThat(refusal(() -> pass.cancel(-1L, null, null, NOW)).field()).isEqualTo("refundMinor");
        assertThat(refusal(() -> pass.cancel(null, null, null, NOW)).field()).isEqualTo("refundMinor");
        assertThat(pass.cancel(2500L, null, null, NOW).announcement().refund()).isEqualTo(new Money(2500, "EUR"));
    }

    @Test
    void aPassIsDueToExpireOnceItsEndHasCome() {
        Pass pass = buy(monthly(), Instant.parse("2025-04-01T00:00:00Z"), List.of());

        assertThat(pass.isDueToExpire(pass.validUntil().minusMillis(1))).isFalse();
        assertThat(pass.isDueToExpire(pass.validUntil())).isTrue();
        assertThat(pass.expired().expiredAt()).isEqualTo(pass.validUntil());
    }
}
