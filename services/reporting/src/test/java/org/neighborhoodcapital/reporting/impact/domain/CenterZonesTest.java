package org.neighborhoodcapital.reporting.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CenterZonesTest {

    @Test
    void aCenterWithoutItsOwnZoneUsesTheFallback() {
        CenterZones zones = new CenterZones(Map.of("msk", ZoneId.of("Europe/Moscow")), ZoneOffset.UTC);

        assertThat(zones.zoneOf("msk")).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(zones.zoneOf("elsewhere")).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void theYearWindowSpansFromTheEarliestToTheLatestLocalNewYear() {
        CenterZones zones = new CenterZones(Map.of(
                "kiritimati", ZoneId.of("Pacific/Kiritimati"), // UTC+14
                "pago", ZoneId.of("Pacific/Pago_Pago")), // UTC-11
                ZoneOffset.UTC);

        TimeWindow window = zones.yearWindow(2026);

        assertThat(window.from()).isEqualTo(Instant.parse("2025-12-31T10:00:00Z"));
        assertThat(window.until()).isEqualTo(Instant.parse("2027-01-01T11:00:00Z"));
    }

    @Test
    void aUtcOnlyNetworkReadsExactlyTheUtcYear() {
        TimeWindow window = CenterZones.allIn(ZoneOffset.UTC).yearWindow(2026);

        assertThat(window.contains(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2025-12-31T23:59:59.999Z"))).isFalse();
        assertThat(window.contains(Instant.parse("2026-12-31T23:59:59.999Z"))).isTrue();
        assertThat(window.contains(Instant.parse("2027-01-01T00:00:00Z"))).isFalse();
    }
}
