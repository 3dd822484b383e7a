package org.neighborhoodcapital.assessments.subjectivity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighborhoodcapital.assessments.fixtures.AnswerSheets.complete;
import static org.neighborhoodcapital.assessments.fixtures.AnswerSheets.with;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;
import org.neighborhoodcapital.assessments.fixtures.AnswerSheets;
import org.neighborhoodcapital.assessments.fixtures.Instruments;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;

class SubmittingASelfAssessmentTest {

    private static final Instant NOW = Instant.parse("2026-03-14T12:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final UUID PARTICIPANT = UUID.fromString("0b9e8d2c-1a6f-4f3e-8c5d-7e2a9b4c6d10");

    @Test
    void theAnnouncementCarriesTheScoresAndNotTheAnswers() {
        SelfAssessment assessment = SelfAssessment.submit(UUID.randomUUID(), PARTICIPANT, Instruments.sevenByThree(),
                Instant.parse("2025-06-01T09:00:00Z"), complete(), NOW, TOLERANCE);

        SubjectivityAssessed assessed = assessment.assessed();

        assertThat(assessed.participantId()).isEqualTo(PARTICIPANT);
        assertThat(assessed.instrumentVersion()).isEqualTo("1");
        assertThat(assessed.answeredAt()).isEqualTo(Instant.parse("2025-06-01T09:00:00Z"));
        assertThat(assessed.dimensionScores()).hasSize(7).containsEntry("LEADERSHIP", 100.0);
        assertThat(assessed.subjectivityIndex()).isEqualTo(AnswerSheets.COMPLETE_INDEX);
        assertThat(SubjectivityAssessed.class.getRecordComponents()).extracting(c -> c.getName()).doesNotContain("answers");
        assertThat(assessment.answers()).isEqualTo(complete());
    }

    @Test
    void answeredAtDefaultsToNowAndMayLieInThePastButNotInTheFuture() {
        SelfAssessment now = SelfAssessment.submit(UUID.randomUUID(), PARTICIPANT, Instruments.sevenByThree(), null, complete(), NOW, TOLERANCE);
        SelfAssessment withinSkew = SelfAssessment.submit(UUID.randomUUID(), PARTICIPANT, Instruments.sevenByThree(),
                NOW.plus(Duration.ofMinutes(4)), complete(), NOW, TOLERANCE);

        assertThat(now.answeredAt()).isEqualTo(NOW);
        assertThat(withinSkew.answeredAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThatThrownBy(() -> SelfAssessment.submit(UUID.randomUUID(), PARTICIPANT, Instruments.sevenByThree(),
                NOW.plus(Duration.ofHours(1)), with(complete(), "BEL1", 9), NOW, TOLERANCE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("answeredAt", "answers.BEL1"));
    }
}
