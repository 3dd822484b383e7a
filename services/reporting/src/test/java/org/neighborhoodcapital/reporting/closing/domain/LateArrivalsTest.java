package org.neighborhoodcapital.reporting.closing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LateArrivalsTest {

    private static final Instant CLOSED_AT = Instant.parse("2026-01-05T10:00:00Z");

    @Test
    void unchangedInputsAreNoLateArrivals() {
        Map<String, Long> inputs = Map.of("attendances", 9L, "eventsHeld", 3L);
        assertThat(LateArrivals.between(inputs, inputs, CLOSED_AT)).isEqualTo(new LateArrivals(0, CLOSED_AT));
    }

    @Test
    void everyInputCountsByHowFarItMovedEitherWay() {
        Map<String, Long> closed = Map.of("attendances", 9L, "eventsHeld", 3L);
        Map<String, Long> live = Map.of("attendances", 7L, "eventsHeld", 2L, "passesSold", 1L);
        assertThat(LateArrivals.between(closed, live, CLOSED_AT).count()).isEqualTo(2 + 1 + 1);
    }

    @Test
    void theContentHashIsTheSha256OfTheTextInHex() {
        assertThat(ContentHash.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(ContentHash.of("{\"a\":1}")).hasSize(64).isNotEqualTo(ContentHash.of("{\"a\":2}"));
    }
}
