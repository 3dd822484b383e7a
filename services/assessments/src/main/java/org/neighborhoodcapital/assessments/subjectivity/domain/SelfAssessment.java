package org.neighborhoodcapital.assessments.subjectivity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;
import org.neighborhoodcapital.platform.domain.Violations;
import org.neighborhoodcapital.assessments.instrument.domain.Instrument;
import org.neighborhoodcapital.assessments.instrument.domain.SubjectivityScores;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;

/**
 * A participant's answers to one version of the subjectivity instrument, with their scores.
 * The answers stay in this service (they can be rescored); only the scores are published.
 */
public record SelfAssessment(UUID assessmentId, UUID participantId, String instrumentVersion, Instant answeredAt,
                             Map<String, Integer> answers, SubjectivityScores scores) {

    public SelfAssessment {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(instrumentVersion, "instrumentVersion");
        Objects.requireNonNull(answeredAt, "answeredAt");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(answers, "answers")));
        Objects.requireNonNull(scores, "scores");
    }

    /**
     * Scores a submission by the rules of its instrument version.
     *
     * @param answeredAt when the participant answered; {@code now} when not given (may lie in the past)
     * @param answers    item id → answer; {@code null} stands for a value that is not a whole number
     * @param tolerance  how far in the future {@code answeredAt} may lie (clocks differ)
     * @throws DomainException (INVALID) naming every field at fault: {@code answeredAt}, {@code answers.<itemId>}
     */
    public static SelfAssessment submit(UUID assessmentId, UUID participantId, Instrument instrument, Instant answeredAt,
                                        Map<String, Integer> answers, Instant now, Duration tolerance) {
        Violations violations = new Violations();
        violations.notInTheFuture(answeredAt, "answeredAt", now, tolerance);
        SubjectivityScores scores = null;
        List<Violation> all = new ArrayList<>(violations.list());
        try {
            scores = instrument.score(answers);
        } catch (DomainException refused) {
            all.addAll(refused.violations());
        }
        if (!all.isEmpty()) {
            throw DomainException.invalid(all);
        }
        return new SelfAssessment(assessmentId, participantId, instrument.version(), answeredAt == null ? now : answeredAt,
                answers, scores);
    }

    /** The published fact: scores only, never the answers. */
    public SubjectivityAssessed assessed() {
        return new SubjectivityAssessed(assessmentId, participantId, instrumentVersion, answeredAt, scores.dimensionScores(),
                scores.subjectivityIndex());
    }
}
