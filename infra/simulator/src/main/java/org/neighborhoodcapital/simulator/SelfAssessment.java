package org.neighborhoodcapital.simulator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;

/**
 * A participant's answers to {@link SubjectivityInstrument} version 1 (item id → 1..5): what the
 * HTTP API takes; {@link #envelope()} is what the assessments service announces for it (scores only).
 */
public record SelfAssessment(UUID assessmentId, UUID participantId, Instant answeredAt, Map<String, Integer> answers) {

    public SelfAssessment {
        answers = Map.copyOf(answers);
    }

    public Envelope<SubjectivityAssessed> envelope() {
        Map<String, Double> scores = SubjectivityInstrument.dimensionScores(answers);
        SubjectivityAssessed scored = new SubjectivityAssessed(assessmentId, participantId, SubjectivityInstrument.VERSION,
                answeredAt, scores, SubjectivityInstrument.index(scores));
        return Envelope.withId(Ids.deterministic(Sources.ASSESSMENTS, "SubjectivityAssessed", assessmentId.toString()),
                Sources.ASSESSMENTS, answeredAt, participantId.toString(), scored);
    }
}
