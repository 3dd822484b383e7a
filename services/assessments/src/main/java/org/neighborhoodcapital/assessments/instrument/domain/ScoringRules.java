package org.neighborhoodcapital.assessments.instrument.domain;

/**
 * The parameters of scoring, part of each instrument version's data (v1: answers 1..5, a dimension
 * needs 2 of its 3 items, the index needs 5 of 7 dimensions).
 *
 * @param answerMin             the lowest answer ("strongly disagree")
 * @param answerMax             the highest answer ("strongly agree")
 * @param minItemsPerDimension  answered items a dimension needs to have a score
 * @param minDimensionsForIndex dimension scores the subjectivity index needs
 */
public record ScoringRules(int answerMin, int answerMax, int minItemsPerDimension, int minDimensionsForIndex) {

    public ScoringRules {
        if (answerMin >= answerMax) {
            throw new IllegalArgumentException("answerMin " + answerMin + " must be below answerMax " + answerMax);
        }
        if (minItemsPerDimension < 1) {
            throw new IllegalArgumentException("minItemsPerDimension must be at least 1");
        }
        if (minDimensionsForIndex < 1) {
            throw new IllegalArgumentException("minDimensionsForIndex must be at least 1");
        }
    }

    public boolean inRange(int answer) {
        return answer >= answerMin && answer <= answerMax;
    }

    /** What an answer counts as: reverse-keyed items are mirrored on the scale (1..5: a counts as 6 − a). */
    public int keyed(int answer, boolean reverse) {
        return reverse ? answerMin + answerMax - answer : answer;
    }
}
