package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One model check-up of a center: its positions (−3..+3) on the ten bipolar scales. */
public record CheckupFacts(UUID assessmentId, String centerId, Instant assessedAt, List<Integer> positions) {

    public CheckupFacts {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(assessedAt, "assessedAt");
        positions = List.copyOf(positions);
        if (positions.size() != ModelReference.SCALES) {
            throw new IllegalArgumentException("a check-up has " + ModelReference.SCALES + " positions, not " + positions.size());
        }
    }
}
