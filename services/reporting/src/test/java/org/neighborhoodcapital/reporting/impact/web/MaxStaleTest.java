package org.neighborhoodcapital.reporting.impact.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.web.ProblemException;

class MaxStaleTest {

    @Test
    void readsTheDirectiveAmongOthers() {
        assertThat(MaxStale.of(null)).isZero();
        assertThat(MaxStale.of("no-cache")).isZero();
        assertThat(MaxStale.of("max-stale=30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(MaxStale.of("no-transform, Max-Stale = \"120\"")).isEqualTo(Duration.ofSeconds(120));
        assertThat(MaxStale.of("max-stale")).as("of any age").isEqualTo(MaxStale.ANY);
        assertThat(MaxStale.of("max-stale=99999999999")).isEqualTo(MaxStale.ANY);
    }

    @Test
    void aValueThatIsNotANumberOfSecondsIsABadRequestNamingTheHeader() {
        assertThatThrownBy(() -> MaxStale.of("max-stale=soon")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("max-stale");
        assertThatThrownBy(() -> MaxStale.of("max-stale=-1")).isInstanceOf(ProblemException.class);
    }
}
