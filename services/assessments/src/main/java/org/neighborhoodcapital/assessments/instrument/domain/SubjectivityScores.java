package org.neighborhoodcapital.assessments.instrument.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of one self-assessment, unrounded (rounding is for display only).
 *
 * @param dimensionScores   0..100 by dimension code, in the instrument's order; a dimension with too
 *                          few answered items is absent
 * @param subjectivityIndex 0..100, the mean of the dimension scores present
 */
public record SubjectivityScores(Map<String, Double> dimensionScores, double subjectivityIndex) {

    public SubjectivityScores {
        Objects.requireNonNull(dimensionScores, "dimensionScores");
        dimensionScores = Collections.unmodifiableMap(new LinkedHashMap<>(dimensionScores));
    }
}
