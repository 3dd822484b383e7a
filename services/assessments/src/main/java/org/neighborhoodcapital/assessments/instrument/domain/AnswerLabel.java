package org.neighborhoodcapital.assessments.instrument.domain;

import java.util.Objects;

import org.neighborhoodcapital.assessments.common.domain.LocalizedText;

/** What a point of the answer scale means ("1 = strongly disagree"), for questionnaire front ends. */
public record AnswerLabel(int value, LocalizedText text) {

    public AnswerLabel {
        Objects.requireNonNull(text, "text of answer " + value);
    }
}
