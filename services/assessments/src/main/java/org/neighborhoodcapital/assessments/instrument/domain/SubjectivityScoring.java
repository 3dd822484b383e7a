package org.neighborhoodcapital.assessments.instrument.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/**
 * The scoring rule of the subjectivity instrument (DESIGN.md), parameterised by each version's
 * {@link ScoringRules}:
 * <ul>
 * <li>a reverse-keyed answer a counts as (min + max) − a (v1: 6 − a);</li>
 * <li>a dimension score = (mean of its answered items − min) / (max − min) × 100 (v1: (mean − 1) / 4 × 100),
 * present only when at least {@code minItemsPerDimension} of its items are answered;</li>
 * <li>the subjectivity index = mean of the dimension scores present, which must be at least
 * {@code minDimensionsForIndex}: a submission that does not allow the index is refused.</li>
 * </ul>
 * Nothing is rounded.
 */
final class SubjectivityScoring {

    /**
     * @param answers item id → answer; a {@code null} answer stands for a value that is not a whole number
     * @throws DomainException (INVALID) naming every item at fault: {@code answers.<itemId>} for an unknown
     *         item, an answer out of range, or an unanswered item of a dimension the index lacks
     */
    static SubjectivityScores score(Instrument instrument, Map<String, Integer> answers) {
        ScoringRules rules = instrument.scoring();
        Violations violations = new Violations();
        if (answers == null) {
            violations.add("answers", "is required").throwIfAny();
        }
        checkEachAnswer(instrument, answers, violations);

        Map<String, Double> scores = new LinkedHashMap<>();
        List<Dimension> unscored = new ArrayList<>();
        for (Dimension dimension : instrument.dimensions()) {
            long answered = dimension.items().stream().filter(item -> answers.containsKey(item.id())).count();
            if (answered < rules.minItemsPerDimension()) {
                unscored.add(dimension);
            } else {
                scores.put(dimension.code(), dimensionScore(dimension, answers, rules));
            }
        }
        int scored = instrument.dimensions().size() - unscored.size();
        if (scored < rules.minDimensionsForIndex()) {
            for (Dimension dimension : unscored) {
                for (Item item : dimension.items()) {
                    if (!answers.containsKey(item.id())) {
                        violations.add(field(item.id()), "is not answered: " + dimension.code() + " needs "
                                + rules.minItemsPerDimension() + " of its " + dimension.items().size()
                                + " items, and the subjectivity index needs " + rules.minDimensionsForIndex() + " of "
                                + instrument.dimensions().size() + " dimensions (" + scored + " can be scored)");
                    }
                }
            }
        }
        violations.throwIfAny();
        double index = scores.values().stream().mapToDouble(Double::doubleValue).sum() / scores.size();
        return new SubjectivityScores(scores, index);
    }

    /** Items in the instrument's order first, then unknown ids alphabetically, so that errors come in a stable order. */
    private static void checkEachAnswer(Instrument instrument, Map<String, Integer> answers, Violations violations) {
        ScoringRules rules = instrument.scoring();
        for (Dimension dimension : instrument.dimensions()) {
            for (Item item : dimension.items()) {
                if (answers.containsKey(item.id())) {
                    Integer answer = answers.get(item.id());
                    if (answer == null || !rules.inRange(answer)) {
                        violations.add(field(item.id()), "must be a whole number from " + rules.answerMin() + " to " + rules.answerMax());
                    }
                }
            }
        }
        for (String id : new TreeSet<>(answers.keySet())) {
            if (instrument.item(id).isEmpty()) {
                violations.add(field(id), "is not an item of the subjectivity instrument version " + instrument.version());
            }
        }
    }

    /**
     * (mean − min) / (max − min) × 100, computed as (Σ keyed − n·min) × 100 / (n · (max − min)): whole
     * numbers up to a single division, so the result is the exact value rounded once.
     */
    private static double dimensionScore(Dimension dimension, Map<String, Integer> answers, ScoringRules rules) {
        long sum = 0;
        long count = 0;
        for (Item item : dimension.items()) {
            Integer answer = answers.get(item.id());
            if (answer != null) {
                sum += rules.keyed(answer, item.reverse());
                count++;
            }
        }
        return (double) ((sum - count * rules.answerMin()) * 100) / (double) (count * (rules.answerMax() - rules.answerMin()));
    }

    private static String field(String itemId) {
        return "answers." + itemId;
    }

    private SubjectivityScoring() {
    }
}
