package org.neighborhoodcapital.assessments.checkup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** distance = mean |position − reference| over the ten scales, alignment = 1 − distance / 6, by hand. */
class ModelAlignmentTest {

    private static final ReferenceProfile DEFAULT = ReferenceProfile.DEFAULT; // −2 everywhere, 0 on scale 9

    @Test
    void theReferenceItselfIsFullyAligned() {
        Alignment alignment = Alignment.of(List.of(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2), DEFAULT);

        assertThat(alignment.distance()).isEqualTo(0.0);
        assertThat(alignment.alignment()).isEqualTo(1.0);
    }

    @Test
    void aMixedProfileIsMeasuredScaleByScale() {
        // positions  −3 −2 −1  0  1  2  3 −2  0 −3
        // reference  −2 −2 −2 −2 −2 −2 −2 −2  0 −2
        // |diff|      1  0  1  2  3  4  5  0  0  1   Σ = 17
        // distance = 17 / 10 = 1.7; alignment = 1 − 1.7 / 6 = 1 − 0.28333… = 0.71666… (= 43/60)
        Alignment alignment = Alignment.of(List.of(-3, -2, -1, 0, 1, 2, 3, -2, 0, -3), DEFAULT);

        assertThat(alignment.distance()).isEqualTo(1.7);
        assertThat(alignment.alignment()).isCloseTo(43.0 / 60, within(1e-15));
    }

    @Test
    void theRightPoleEverywhereIsFarButNotTheFarthestFromTheDefaultReference() {
        // +3 everywhere: |3 − (−2)| = 5 on nine scales, |3 − 0| = 3 on scale 9 → Σ = 48
        // distance = 4.8; alignment = 1 − 4.8 / 6 = 0.2
        Alignment alignment = Alignment.of(Collections.nCopies(10, 3), DEFAULT);

        assertThat(alignment.distance()).isEqualTo(4.8);
        assertThat(alignment.alignment()).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void theOppositeEndOnEveryScaleIsAlignmentZero() {
        // reference −3 everywhere, positions +3 everywhere: |6| × 10 = 60 → distance 6, alignment 0
        Alignment alignment = Alignment.of(Collections.nCopies(10, 3), new ReferenceProfile(Collections.nCopies(10, -3)));

        assertThat(alignment.distance()).isEqualTo(6.0);
        assertThat(alignment.alignment()).isEqualTo(0.0);
    }

    @Test
    void scaleNineCountsFromItsOwnReferenceOfZero() {
        // the reference everywhere but scale 9 at −3: |−3 − 0| = 3 → Σ = 3, distance 0.3, alignment 1 − 0.05 = 0.95
        Alignment alignment = Alignment.of(List.of(-2, -2, -2, -2, -2, -2, -2, -2, -3, -2), DEFAULT);

        assertThat(alignment.distance()).isCloseTo(0.3, within(1e-15));
        assertThat(alignment.alignment()).isCloseTo(0.95, within(1e-15));
    }

    @Test
    void aReferenceProfileHasTenPositionsFromMinusThreeToThree() {
        assertThatThrownBy(() -> new ReferenceProfile(Collections.nCopies(9, 0))).hasMessageContaining("must hold 10 positions");
        assertThatThrownBy(() -> new ReferenceProfile(List.of(0, 0, 0, 4, 0, 0, 0, 0, 0, 0))).hasMessageContaining("reference[3]");
    }
}
