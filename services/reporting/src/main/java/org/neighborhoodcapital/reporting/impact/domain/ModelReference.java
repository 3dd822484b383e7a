package org.neighborhoodcapital.reporting.impact.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference profile of a model neighborhood center on the ten scales; by default −2 everywhere but
 * scale 9 (social ↔ commercial projects, a deliberately false opposition), where it is 0.
 */
public record ModelReference(List<Integer> positions) {

    public static final int SCALES = 10;
    public static final int MIN = -3;
    public static final int MAX = 3;
    /** The largest possible mean distance from a reference position. */
    public static final double MAX_DISTANCE = MAX - MIN;
    public static final ModelReference DEFAULT = new ModelReference(List.of(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2));

    public ModelReference {
        positions = List.copyOf(positions);
        if (positions.size() != SCALES) {
            throw new IllegalArgumentException("the model reference needs " + SCALES + " positions but has " + positions.size());
        }
        for (int position : positions) {
            if (position < MIN || position > MAX) {
                throw new IllegalArgumentException("model reference positions must be within " + MIN + ".." + MAX + " but one is " + position);
            }
        }
    }

    /** Mean |position − reference| over the ten scales. */
    public double distance(List<Integer> checkup) {
        double sum = 0;
        for (int i = 0; i < SCALES; i++) {
            sum += Math.abs(checkup.get(i) - positions.get(i));
        }
        return sum / SCALES;
    }

    /** 1 − distance / 6: 1 at the reference, 0 at the opposite end of every scale. */
    public double alignment(List<Integer> checkup) {
        return 1 - distance(checkup) / MAX_DISTANCE;
    }

    static List<Double> zeros() {
        List<Double> zeros = new ArrayList<>();
        for (int i = 0; i < SCALES; i++) {
            zeros.add(0.0);
        }
        return zeros;
    }
}
