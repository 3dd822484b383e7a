package org.neighborhoodcapital.reporting.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    private static final double[] EIGHT = {2, 4, 4, 4, 5, 5, 7, 9};

    @Test
    void theMeanOfEightValuesIsTheirSumOverEight() {
        assertThat(Statistics.mean(EIGHT)).isEqualTo(5.0);
    }

    @Test
    void theSampleStandardDeviationDividesBySizeMinusOne() {
        // squared deviations 9+1+1+1+0+0+4+16 = 32; 32 / 7
        assertThat(Statistics.sampleSd(EIGHT)).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(Statistics.sampleSd(new double[] {40, 50})).isCloseTo(Math.sqrt(50), within(1e-12));
    }

    @Test
    void theConfidenceIntervalIsTheMeanPlusMinus196StandardErrors() {
        // SD/√n = √(32/7)/√8 = √(4/7) = 0.7559289460184544; × 1.96 = 1.4816207341961706
        Statistics.Interval ci = Statistics.ci95(EIGHT);
        assertThat(ci.low()).isCloseTo(3.5183792658038294, within(1e-12));
        assertThat(ci.high()).isCloseTo(6.4816207341961706, within(1e-12));
    }

    @Test
    void withFewerThanTwoValuesSdAndIntervalAreUndefinedAndWithNoneTheMeanToo() {
        assertThat(Statistics.sampleSd(new double[] {3})).isNull();
        assertThat(Statistics.ci95(new double[] {3})).isNull();
        assertThat(Statistics.mean(new double[] {3})).isEqualTo(3.0);
        assertThat(Statistics.mean(new double[0])).isNull();
        assertThat(Statistics.median(new double[0])).isNull();
        assertThat(Statistics.quartiles(new double[0])).isNull();
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValueAndOfAnEvenCountTheMeanOfTheTwoMiddleOnes() {
        assertThat(Statistics.median(new double[] {3, 1, 2})).isEqualTo(2.0);
        assertThat(Statistics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Statistics.median(new double[] {1, 1, 10, 10})).isEqualTo(5.5);
    }

    @Test
    void quartilesInterpolateLinearlyBetweenOrderStatisticsType7() {
        assertThat(Statistics.quartiles(new double[] {4, 3, 2, 1})).isEqualTo(new Statistics.Quartiles(1.75, 2.5, 3.25));
        assertThat(Statistics.quartiles(new double[] {1, 2, 3, 4, 5})).isEqualTo(new Statistics.Quartiles(2, 3, 4));
        assertThat(Statistics.quartiles(new double[] {10, 20})).isEqualTo(new Statistics.Quartiles(12.5, 15, 17.5));
        assertThat(Statistics.quartiles(new double[] {0, 3})).isEqualTo(new Statistics.Quartiles(0.75, 1.5, 2.25));
        assertThat(Statistics.quartiles(new double[] {7})).isEqualTo(new Statistics.Quartiles(7, 7, 7));
        // h = 9 × 0.9 = 8.1 over 1..10: 9 + 0.1 × (10 − 9)
        assertThat(Statistics.quantile(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.9)).isCloseTo(9.1, within(1e-12));
    }
}
