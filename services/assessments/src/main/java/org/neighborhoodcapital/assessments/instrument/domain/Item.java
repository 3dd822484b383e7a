package org.neighborhoodcapital.assessments.instrument.domain;

import java.util.Objects;
import java.util.regex.Pattern;

import org.neighborhoodcapital.assessments.common.domain.LocalizedText;

/**
 * One statement the respondent answers on the instrument's scale.
 *
 * @param id      stable id within its instrument version, used as the key of an answer ({@code BEL1})
 * @param text    the statement, in every required language
 * @param reverse reverse-keyed: agreeing means less of the dimension, so an answer a counts as
 *                (answerMin + answerMax) − a
 */
public record Item(String id, LocalizedText text, boolean reverse) {

    private static final Pattern ID = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]{0,31}$");

    public Item {
        Objects.requireNonNull(id, "item id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("item id '" + id + "' must match " + ID.pattern());
        }
        Objects.requireNonNull(text, "text of item " + id);
    }
}
