package org.neighborhoodcapital.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String EXPOSITION = """
            # HELP nc_records_consumed_total Records consumed
            # TYPE nc_records_consumed_total counter
            nc_records_consumed_total{service="reporting",topic="events.attendance.v1"} 1500.0
            nc_records_consumed_total{service="reporting",topic="events.calendar.v1"} 20.0
            nc_records_consumed_total{service="reporting",topic="events.attendance.v1",partition="1"} 500.0
            nc_records_consumed_total_created{service="reporting",topic="events.attendance.v1"} 1.7E9
            jvm_threads_live_threads 42.0
            """;

    @Test
    void samplesWithTheWantedLabelsAreSummedWhateverTheOtherLabels() {
        assertThat(PrometheusText.sum(EXPOSITION, "nc_records_consumed_total", Map.of("topic", "events.attendance.v1"))).isEqualTo(2000.0);
    }

    @Test
    void aMetricWithoutLabelsAndAMissingMetricAreRead() {
        assertThat(PrometheusText.sum(EXPOSITION, "jvm_threads_live_threads", Map.of())).isEqualTo(42.0);
        assertThat(PrometheusText.sum(EXPOSITION, "nc_nothing_total", Map.of())).isZero();
        assertThat(PrometheusText.sum(EXPOSITION, "nc_records_consumed_total", Map.of("topic", "memberships.centers.v1"))).isZero();
    }
}
