package org.neighborhoodcapital.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Version 1 of the subjectivity instrument as the assessments service publishes it
 * ({@code services/assessments/src/main/resources/instruments/subjectivity-v1.json}): seven dimensions
 * of three items, answers 1..5, a reverse-keyed answer a counting as 6 − a; a dimension needs 2 of
 * its 3 items, the index 5 of the 7 dimensions.
 */
public final class SubjectivityInstrument {

    public static final String VERSION = "1";
    public static final int ANSWER_MIN = 1;
    public static final int ANSWER_MAX = 5;
    public static final int MIN_ITEMS_PER_DIMENSION = 2;
    public static final int MIN_DIMENSIONS_FOR_INDEX = 5;

    /** An item of the instrument; a reverse-keyed one agrees at 1, not 5. */
    public record Item(String id, String dimension, boolean reverse) {
    }

    public static final List<String> DIMENSIONS =
            List.of("BELONGING", "AGENCY", "RESPONSIBILITY", "COOPERATION", "INITIATIVE", "LEADERSHIP", "OPENNESS");

    /** Every item in the instrument's order; the third item of each dimension is reverse-keyed but LEADERSHIP's. */
    public static final List<Item> ITEMS = items();

    private static List<Item> items() {
        List<Item> items = new java.util.ArrayList<>();
        for (String dimension : DIMENSIONS) {
            String code = dimension.substring(0, 3);
            for (int i = 1; i <= 3; i++) {
                items.add(new Item(code + i, dimension, i == 3 && !dimension.equals("LEADERSHIP")));
            }
        }
        return List.copyOf(items);
    }

    /** Scores 0..100 by dimension (in the instrument's order), for the dimensions with enough answers. */
    public static Map<String, Double> dimensionScores(Map<String, Integer> answers) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            double sum = 0;
            int answered = 0;
            for (Item item : ITEMS) {
                Integer answer = item.dimension().equals(dimension) ? answers.get(item.id()) : null;
                if (answer != null) {
                    sum += item.reverse() ? ANSWER_MIN + ANSWER_MAX - answer : answer;
                    answered++;
                }
            }
            if (answered >= MIN_ITEMS_PER_DIMENSION) {
                scores.put(dimension, (sum / answered - ANSWER_MIN) / (ANSWER_MAX - ANSWER_MIN) * 100);
            }
        }
        return scores;
    }

    /** The subjectivity index: the mean of the dimension scores, or null with fewer than five. */
    public static Double index(Map<String, Double> dimensionScores) {
        if (dimensionScores.size() < MIN_DIMENSIONS_FOR_INDEX) {
            return null;
        }
        return dimensionScores.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private SubjectivityInstrument() {
    }
}
