package org.neighborhoodcapital.contracts.assessments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** A center, club or initiative group placed itself on the ten bipolar model scales (−3..+3 each). */
public record CenterModelAssessed(
        UUID assessmentId,
        String centerId,
        OrganizationType organizationType,
        AssessorRole assessorRole,
        Instant assessedAt,
        List<Integer> positions) implements DomainEvent {

    public static final int SCALES = 10;

    public CenterModelAssessed {
        Require.present(assessmentId, "assessmentId");
        Require.present(centerId, "centerId");
        Require.present(organizationType, "organizationType");
        Require.present(assessorRole, "assessorRole");
        Require.present(assessedAt, "assessedAt");
        positions = List.copyOf(Require.present(positions, "positions"));
        if (positions.size() != SCALES) {
            throw new IllegalArgumentException("positions must hold " + SCALES + " values");
        }
    }

    @Override
    public String partitionKey() {
        return centerId;
    }
}
