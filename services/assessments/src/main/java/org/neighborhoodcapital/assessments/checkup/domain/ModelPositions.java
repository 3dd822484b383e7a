package org.neighborhoodcapital.assessments.checkup.domain;

import java.util.List;

import org.neighborhoodcapital.platform.domain.Violations;

/** The shape of a place on the model scales: ten positions, each a whole number from −3 (left pole) to +3 (right pole). */
public final class ModelPositions {

    public static final int SCALES = 10;
    public static final int MIN = -3;
    public static final int MAX = 3;
    /** The largest distance between two positions on one scale: the divisor of alignment. */
    public static final int RANGE = MAX - MIN;

    /**
     * Checks {@code positions} (a {@code null} element stands for a value that is not a whole number):
     * field {@code positions} for a missing list or a wrong count, {@code positions[i]} for each bad element.
     */
    public static void check(List<Integer> positions, String field, Violations violations) {
        if (!violations.require(positions, field)) {
            return;
        }
        if (positions.size() != SCALES) {
            violations.add(field, "must hold " + SCALES + " positions, one per scale, but holds " + positions.size());
        }
        for (int i = 0; i < positions.size(); i++) {
            Integer position = positions.get(i);
            if (position == null || position < MIN || position > MAX) {
                violations.add(field + "[" + i + "]", "must be a whole number from " + MIN + " to " + MAX);
            }
        }
    }

    private ModelPositions() {
    }
}
