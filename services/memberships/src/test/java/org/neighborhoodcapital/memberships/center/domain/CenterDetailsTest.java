package org.neighborhoodcapital.memberships.center.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.platform.domain.DomainException;

class CenterDetailsTest {

    @Test
    void aCenterHasAnIanaTimeZoneAndAnOptionalBudget() {
        CenterDetails details = CenterDetails.validate(" North Yard ", "Kazan", "Europe/Moscow",
                new CenterDetails.BudgetInput(12_000_000L, "RUB"));

        assertThat(details.name()).isEqualTo("North Yard");
        assertThat(details.timezone().getId()).isEqualTo("Europe/Moscow");
        assertThat(details.operatingBudget()).isEqualTo(new Money(12_000_000, "RUB"));
        assertThat(CenterDetails.validate("N", "K", "UTC", null).operatingBudget()).isNull();
    }

    @Test
    void badValuesAreNamedByTheirJsonPath() {
        assertThat(field(() -> CenterDetails.validate("N", "K", "Mars/Olympus", null))).isEqualTo("timezone");
        assertThat(field(() -> CenterDetails.validate("N", "K", "+03:00", null))).isEqualTo("timezone");
        assertThat(field(() -> CenterDetails.validate("N", "K", "UTC", new CenterDetails.BudgetInput(-1L, "EUR"))))
                .isEqualTo("operatingBudget.amountMinor");
        assertThat(field(() -> CenterDetails.validate("N", "K", "UTC", new CenterDetails.BudgetInput(1L, "eur"))))
                .isEqualTo("operatingBudget.currency");
        assertThat(field(() -> CenterDetails.validate("N", "K", "UTC", new CenterDetails.BudgetInput(1L, "XYZ"))))
                .isEqualTo("operatingBudget.currency");
        assertThat(field(() -> CenterDetails.validate(" ", "K", "UTC", null))).isEqualTo("name");
    }

    @Test
    void aCenterIdIsASlug() {
        CenterDetails details = CenterDetails.validate("N", "K", "UTC", null);

        assertThatThrownBy(() -> Center.register("North Yard", details, Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("id"));
        assertThat(Center.register("north-yard-2", details, Instant.now()).registered().centerId()).isEqualTo("north-yard-2");
    }

    private static String field(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }
}
