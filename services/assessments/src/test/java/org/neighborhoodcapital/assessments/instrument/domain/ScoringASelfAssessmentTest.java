package org.neighborhoodcapital.assessments.instrument.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.neighborhoodcapital.assessments.fixtures.AnswerSheets.allMiddle;
import static org.neighborhoodcapital.assessments.fixtures.AnswerSheets.complete;
import static org.neighborhoodcapital.assessments.fixtures.AnswerSheets.with;
import static org.neighborhoodcapital.assessments.fixtures.AnswerSheets.without;

import java.util.Map;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;
import org.neighborhoodcapital.assessments.fixtures.AnswerSheets;
import org.neighborhoodcapital.assessments.fixtures.Instruments;

/** The scoring rule of DESIGN.md against values worked out by hand (in the comments). */
class ScoringASelfAssessmentTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private final Instrument v1 = Instruments.sevenByThree();

    @Test
    void aCompleteSheetIsScoredPerDimensionAndTheIndexIsTheMeanOfTheSeven() {
        // worked out in AnswerSheets.complete()
        SubjectivityScores scores = v1.score(complete());

        assertThat(scores.dimensionScores()).containsOnlyKeys(Instruments.V1_DIMENSIONS);
        assertThat(scores.dimensionScores().keySet()).containsExactlyElementsOf(Instruments.V1_DIMENSIONS);
        assertThat(scores.dimensionScores().get("BELONGING")).isCloseTo(83.33333333333333, EXACT);
        assertThat(scores.dimensionScores().get("AGENCY")).isCloseTo(33.33333333333333, EXACT);
        assertThat(scores.dimensionScores().get("RESPONSIBILITY")).isCloseTo(91.66666666666667, EXACT);
        assertThat(scores.dimensionScores().get("COOPERATION")).isCloseTo(41.66666666666667, EXACT);
        assertThat(scores.dimensionScores().get("INITIATIVE")).isEqualTo(0.0);
        assertThat(scores.dimensionScores().get("LEADERSHIP")).isEqualTo(100.0);
        assertThat(scores.dimensionScores().get("OPENNESS")).isEqualTo(50.0);
        // (83.333… + 33.333… + 91.666… + 41.666… + 0 + 100 + 50) / 7 = 400 / 7
        assertThat(scores.subjectivityIndex()).isCloseTo(57.142857142857146, EXACT);
    }

    @Test
    void aReverseKeyedAnswerCountsAsSixMinusIt() {
        // BELONGING scored on BEL1 and BEL3 (reverse-keyed), BEL2 left out; every other item 3:
        // BEL1 = 1, BEL3 = 3 (→ 6 − 3 = 3): mean 2 → (2 − 1) / 4 × 100 = 25
        SubjectivityScores middleReverse = v1.score(with(without(allMiddle(), "BEL2"), "BEL1", 1));
        // BEL1 = 1, BEL3 = 1 (→ 5): mean 3 → 50 (read without reversing: mean 1 → 0)
        SubjectivityScores lowReverse = v1.score(with(with(without(allMiddle(), "BEL2"), "BEL1", 1), "BEL3", 1));
        // BEL1 = 5, BEL3 = 1 (→ 5): mean 5 → 100
        SubjectivityScores agreeAndDisagreeWithTheReverse = v1.score(with(with(without(allMiddle(), "BEL2"), "BEL1", 5), "BEL3", 1));
        // BEL1 = 5, BEL3 = 5 (→ 1): mean 3 → 50
        SubjectivityScores agreeWithBoth = v1.score(with(with(without(allMiddle(), "BEL2"), "BEL1", 5), "BEL3", 5));

        assertThat(middleReverse.dimensionScores().get("BELONGING")).isEqualTo(25.0);
        assertThat(lowReverse.dimensionScores().get("BELONGING")).isEqualTo(50.0);
        assertThat(agreeAndDisagreeWithTheReverse.dimensionScores().get("BELONGING")).isEqualTo(100.0);
        assertThat(agreeWithBoth.dimensionScores().get("BELONGING")).isEqualTo(50.0);
        // SI of the last: six dimensions at 50 and BELONGING at 50 → 50
        assertThat(agreeWithBoth.subjectivityIndex()).isEqualTo(50.0);
    }

    @Test
    void leadershipHasNoReverseKeyedItemSoAFiveCountsAsFive() {
        // LEA1..3 = 5, 5, 1 → mean 11/3 → (11/3 − 1) / 4 × 100 = (11 − 3) / 12 × 100 = 66.666…
        SubjectivityScores scores = v1.score(with(with(with(allMiddle(), "LEA1", 5), "LEA2", 5), "LEA3", 1));

        assertThat(scores.dimensionScores().get("LEADERSHIP")).isCloseTo(66.66666666666667, EXACT);
    }

    @Test
    void aDimensionWithTwoOfItsThreeItemsIsScoredOnThoseTwo() {
        // AGENCY: AGE1 = 4, AGE2 = 5, AGE3 not answered → mean 4.5 → (4.5 − 1) / 4 × 100 = 87.5
        // SI: six dimensions at 50 and AGENCY at 87.5 → (6 × 50 + 87.5) / 7 = 387.5 / 7 = 55.357142…
        SubjectivityScores scores = v1.score(with(with(without(allMiddle(), "AGE3"), "AGE1", 4), "AGE2", 5));

        assertThat(scores.dimensionScores().get("AGENCY")).isEqualTo(87.5);
        assertThat(scores.subjectivityIndex()).isCloseTo(387.5 / 7, EXACT);
    }

    @Test
    void aDimensionWithOneItemAnsweredIsLeftOutAndTheIndexIsTheMeanOfTheOthers() {
        // LEADERSHIP only LEA1 = 5: 1 of 3 < 2 → no LEADERSHIP score.
        // The complete sheet without LEADERSHIP (100): (400 − 100) / 6 = 50
        SubjectivityScores scores = v1.score(without(complete(), "LEA2", "LEA3"));

        assertThat(scores.dimensionScores()).doesNotContainKey("LEADERSHIP").hasSize(6);
        assertThat(scores.subjectivityIndex()).isCloseTo(50.0, EXACT);
    }

    @Test
    void fiveDimensionsAreEnoughForTheIndex() {
        // LEADERSHIP and OPENNESS left out entirely; the other five of the complete sheet:
        // (83.333… + 33.333… + 91.666… + 41.666… + 0) / 5 = 250 / 5 = 50
        SubjectivityScores scores = v1.score(without(complete(), "LEA1", "LEA2", "LEA3", "OPE1", "OPE2", "OPE3"));

        assertThat(scores.dimensionScores()).hasSize(5);
        assertThat(scores.subjectivityIndex()).isCloseTo(50.0, EXACT);
    }

    @Test
    void fourDimensionsAreTooFewAndTheUnansweredItemsOfTheMissingDimensionsAreNamed() {
        // BELONGING, AGENCY, RESPONSIBILITY, COOPERATION scored; INITIATIVE has INI1 only, LEADERSHIP and OPENNESS nothing
        Map<String, Integer> answers = without(complete(), "INI2", "INI3", "LEA1", "LEA2", "LEA3", "OPE1", "OPE2", "OPE3");

        assertThatThrownBy(() -> v1.score(answers)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.violations()).extracting(Violation::field).containsExactly(
                    "answers.INI2", "answers.INI3", "answers.LEA1", "answers.LEA2", "answers.LEA3",
                    "answers.OPE1", "answers.OPE2", "answers.OPE3");
            assertThat(e.violations().getFirst().message()).contains("INITIATIVE needs 2 of its 3 items", "5 of 7 dimensions", "(4 can be scored)");
        });
    }

    @Test
    void noAnswersAtAllNameEveryItem() {
        assertThatThrownBy(() -> v1.score(Map.of())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.violations()).hasSize(21));
    }

    @Test
    void unknownItemsAndAnswersOutOfRangeAreAllNamedTogether() {
        Map<String, Integer> answers = with(with(with(with(complete(), "BEL1", 0), "OPE2", 6), "AGE2", null), "XYZ9", 3);

        assertThatThrownBy(() -> v1.score(answers)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.violations()).extracting(Violation::field)
                    .containsExactly("answers.BEL1", "answers.AGE2", "answers.OPE2", "answers.XYZ9");
            assertThat(e.violations().get(0).message()).isEqualTo("must be a whole number from 1 to 5");
            assertThat(e.violations().get(3).message()).contains("is not an item", "version 1");
        });
    }

    @Test
    void theBoundsOfTheScaleAreAccepted() {
        assertThat(v1.score(with(complete(), "BEL1", 1)).dimensionScores()).containsKey("BELONGING");
        assertThat(v1.score(with(complete(), "BEL1", 5)).dimensionScores()).containsKey("BELONGING");
    }

    @Test
    void anotherScaleIsScoredByItsOwnParameters() {
        // answers 1..7, reverse a → 8 − a, dimension (mean − 1) / 6 × 100, 1 item per dimension, 3 dimensions:
        // BELONGING: BEL1 = 7, BEL3 = 2 (→ 6): mean 6.5 → 5.5 / 6 × 100 = 91.666…
        // AGENCY:    AGE3 = 7 (→ 1): mean 1 → 0
        // OPENNESS:  OPE2 = 4: mean 4 → 3 / 6 × 100 = 50
        // SI = (91.666… + 0 + 50) / 3 = 47.222…
        Instrument sevenPoints = Instruments.sevenPointScale();

        SubjectivityScores scores = sevenPoints.score(Map.of("BEL1", 7, "BEL3", 2, "AGE3", 7, "OPE2", 4));

        assertThat(scores.dimensionScores()).containsOnlyKeys("BELONGING", "AGENCY", "OPENNESS");
        assertThat(scores.dimensionScores().get("BELONGING")).isCloseTo(91.66666666666667, EXACT);
        assertThat(scores.dimensionScores().get("AGENCY")).isEqualTo(0.0);
        assertThat(scores.dimensionScores().get("OPENNESS")).isEqualTo(50.0);
        assertThat(scores.subjectivityIndex()).isCloseTo(141.66666666666667 / 3, EXACT);
        assertThatThrownBy(() -> v1.score(with(complete(), "BEL1", 7))).isInstanceOf(DomainException.class);
    }

    @Test
    void scoresAreNotRounded() {
        SubjectivityScores scores = v1.score(complete());

        assertThat(scores.dimensionScores().get("BELONGING")).isNotEqualTo(83.33).isNotEqualTo(83.3);
        assertThat(scores.subjectivityIndex()).isNotEqualTo(57.14);
    }

    @Test
    void theHandWorkedValuesOfTheAnswerSheetMotherHold() {
        SubjectivityScores scores = v1.score(complete());

        assertThat(scores.dimensionScores().get("BELONGING")).isCloseTo(AnswerSheets.COMPLETE_BELONGING, EXACT);
        assertThat(scores.dimensionScores().get("AGENCY")).isCloseTo(AnswerSheets.COMPLETE_AGENCY, EXACT);
        assertThat(scores.dimensionScores().get("RESPONSIBILITY")).isCloseTo(AnswerSheets.COMPLETE_RESPONSIBILITY, EXACT);
        assertThat(scores.dimensionScores().get("COOPERATION")).isCloseTo(AnswerSheets.COMPLETE_COOPERATION, EXACT);
        assertThat(scores.subjectivityIndex()).isCloseTo(AnswerSheets.COMPLETE_INDEX, EXACT);
    }
}
