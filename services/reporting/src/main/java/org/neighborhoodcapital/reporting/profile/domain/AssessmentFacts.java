package org.neighborhoodcapital.reporting.profile.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One scored self-assessment: dimension scores 0..100 and the subjectivity index (null when absent). */
public record AssessmentFacts(UUID assessmentId, UUID participantId, Instant answeredAt,
                              Map<String, Double> dimensionScores, Double subjectivityIndex) {

    /** Earliest first; the same instant is ordered by assessment id so that "latest" and "first" are deterministic. */
    public static final Comparator<AssessmentFacts> CHRONOLOGICAL =
            Comparator.comparing(AssessmentFacts::answeredAt).thenComparing(a -> a.assessmentId().toString());

    public AssessmentFacts {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        dimensionScores = dimensionScores == null ? Map.of() : Map.copyOf(dimensionScores);
    }

    /** The score of a figure: a dimension's, or the index for {@link ProfileFigures#SUBJECTIVITY_INDEX}. */
    public Double score(String figure) {
        return ProfileFigures.SUBJECTIVITY_INDEX.equals(figure) ? subjectivityIndex : dimensionScores.get(figure);
    }
}
