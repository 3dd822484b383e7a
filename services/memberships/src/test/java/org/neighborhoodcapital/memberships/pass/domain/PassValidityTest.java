package org.neighborhoodcapital.memberships.pass.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class PassValidityTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void aPassLastsItsDaysInTheCentersCalendarAcrossDaylightSaving() {
        Instant from = Instant.parse("2025-03-15T09:00:00Z"); // 10:00 CET

        Instant until = PassValidity.until(from, 30, BERLIN);

        assertThat(until).isEqualTo(Instant.parse("2025-04-14T08:00:00Z")); // 10:00 CEST
        assertThat(Duration.between(from, until)).isEqualTo(Duration.ofDays(30).minusHours(1));
        assertThat(PassValidity.until(from, 30, UTC)).isEqualTo(Instant.parse("2025-04-14T09:00:00Z"));
    }

    @Test
    void anEarlyRenewalExtendsFromTheCurrentEnd() {
        Instant end = Instant.parse("2025-04-01T00:00:00Z");

        assertThat(PassValidity.renewedUntil(end, Instant.parse("2025-03-20T00:00:00Z"), 30, UTC))
                .isEqualTo(Instant.parse("2025-05-01T00:00:00Z"));
    }

    @Test
    void aLateRenewalStartsAtTheRenewal() {
        Instant end = Instant.parse("2025-04-01T00:00:00Z");

        assertThat(PassValidity.renewedUntil(end, Instant.parse("2025-04-10T12:00:00Z"), 30, UTC))
                .isEqualTo(Instant.parse("2025-05-10T12:00:00Z"));
    }

    @Test
    void validityIntervalsAreHalfOpen() {
        Instant a = Instant.parse("2025-01-01T00:00:00Z");
        Instant b = Instant.parse("2025-02-01T00:00:00Z");
        Instant c = Instant.parse("2025-03-01T00:00:00Z");

        assertThat(PassValidity.overlap(a, b, b, c)).as("one ends when the next begins").isFalse();
        assertThat(PassValidity.overlap(a, c, b, c)).isTrue();
        assertThat(PassValidity.overlap(b, c, a, b.plusMillis(1))).isTrue();
    }
}
