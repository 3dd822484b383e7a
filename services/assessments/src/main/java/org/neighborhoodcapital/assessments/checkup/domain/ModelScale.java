package org.neighborhoodcapital.assessments.checkup.domain;

import java.util.Objects;

import org.neighborhoodcapital.assessments.common.domain.LocalizedText;

/**
 * One bipolar scale of the model check-up.
 *
 * @param number    1..10, its place in the positions array plus one
 * @param code      a stable name ({@code DEVELOPMENT_ROLE})
 * @param leftPole  what position −3 means
 * @param rightPole what position +3 means
 * @param note      a remark for people, or {@code null} (scale 9: a deliberately false opposition)
 */
public record ModelScale(int number, String code, LocalizedText leftPole, LocalizedText rightPole, LocalizedText note) {

    public ModelScale {
        Objects.requireNonNull(code, "code of scale " + number);
        Objects.requireNonNull(leftPole, "leftPole of scale " + number);
        Objects.requireNonNull(rightPole, "rightPole of scale " + number);
    }
}
