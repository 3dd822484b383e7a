package org.neighborhoodcapital.assessments.checkup.domain;

import java.util.List;

/**
 * How close a place on the scales is to the reference profile (DESIGN.md, "Model alignment"):
 * distance = mean |position − reference| over the ten scales (0..6), alignment = 1 − distance / 6
 * (1 = the reference itself, 0 = the opposite end on every scale). Unrounded.
 */
public record Alignment(double distance, double alignment) {

    /**
     * Both from the whole-number sum S of the absolute differences, with one division each:
     * distance = S / 10, alignment = (60 − S) / 60 — the exact values rounded once.
     */
    public static Alignment of(List<Integer> positions, ReferenceProfile reference) {
        if (positions.size() != ModelPositions.SCALES) {
            throw new IllegalArgumentException("positions must hold " + ModelPositions.SCALES + " values");
        }
        int sum = 0;
        for (int i = 0; i < ModelPositions.SCALES; i++) {
            sum += Math.abs(positions.get(i) - reference.positions().get(i));
        }
        int scale = ModelPositions.SCALES * ModelPositions.RANGE;
        return new Alignment((double) sum / ModelPositions.SCALES, (double) (scale - sum) / scale);
    }
}
