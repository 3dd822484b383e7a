package org.neighborhoodcapital.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankPicksAnObservedSampleWhateverTheOrder() {
        Percentiles p = Percentiles.of(new long[] {50, 10, 40, 20, 30, 60, 80, 70, 100, 90});

        assertThat(p.at(0.5)).isEqualTo(50);
        assertThat(p.at(0.95)).isEqualTo(100);
        assertThat(p.at(0.9)).isEqualTo(90);
        assertThat(p.at(0.1)).isEqualTo(10);
        assertThat(p.max()).isEqualTo(100);
        assertThat(p.count()).isEqualTo(10);
    }

    @Test
    void p99OfAHundredSamplesIsTheNinetyNinthAndNotTheMaximum() {
        long[] samples = new long[100];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i + 1;
        }

        assertThat(Percentiles.of(samples).at(0.99)).isEqualTo(99);
    }

    @Test
    void aSingleSampleIsEveryPercentile() {
        Percentiles p = Percentiles.of(new long[] {7_000_000});

        assertThat(p.at(0.5)).isEqualTo(7_000_000);
        assertThat(p.millisAt(0.99)).isEqualTo(7.0);
    }

    @Test
    void theCallersArrayIsLeftAsItWas() {
        long[] samples = {3, 1, 2};

        Percentiles.of(samples);

        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void noSamplesAndNonsenseQuantilesAreRefused() {
        assertThatThrownBy(() -> Percentiles.of(new long[0]).at(0.5)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}).at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.of(new long[] {1}).at(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
