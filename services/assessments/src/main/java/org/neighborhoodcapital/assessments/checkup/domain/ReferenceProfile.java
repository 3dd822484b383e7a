package org.neighborhoodcapital.assessments.checkup.domain;

import java.util.List;

import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/**
 * Where a model neighborhood center stands on the ten scales (configuration; by default −2 on every
 * scale but 9, social ↔ commercial projects, a deliberately false opposition, where it is 0).
 */
public record ReferenceProfile(List<Integer> positions) {

    public static final ReferenceProfile DEFAULT = new ReferenceProfile(List.of(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2));

    public ReferenceProfile {
        Violations violations = new Violations();
        ModelPositions.check(positions, "reference", violations);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("reference profile: " + DomainException.invalid(violations.list()).getMessage());
        }
        positions = List.copyOf(positions);
    }
}
