package org.neighborhoodcapital.contracts.assessments;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/**
 * A participant's self-assessment was scored. Scores only (0..100 per dimension; the subjectivity
 * index is absent when too few dimensions were answered) — never the answers themselves.
 */
public record SubjectivityAssessed(
        UUID assessmentId,
        UUID participantId,
        String instrumentVersion,
        Instant answeredAt,
        Map<String, Double> dimensionScores,
        Double subjectivityIndex) implements DomainEvent {

    public SubjectivityAssessed {
        Require.present(assessmentId, "assessmentId");
        Require.present(participantId, "participantId");
        Require.present(instrumentVersion, "instrumentVersion");
        Require.present(answeredAt, "answeredAt");
        dimensionScores = Map.copyOf(Require.present(dimensionScores, "dimensionScores"));
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
