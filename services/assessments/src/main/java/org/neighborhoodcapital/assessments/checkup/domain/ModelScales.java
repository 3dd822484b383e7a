package org.neighborhoodcapital.assessments.checkup.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.neighborhoodcapital.assessments.common.domain.LocalizedText;

/** The ten scales of the model check-up, in position order (scale 1 is {@code positions[0]}). */
public record ModelScales(LocalizedText title, LocalizedText description, List<ModelScale> scales) {

    public ModelScales {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        scales = List.copyOf(scales);
        if (scales.size() != ModelPositions.SCALES) {
            throw new IllegalArgumentException("the model has " + ModelPositions.SCALES + " scales, not " + scales.size());
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < scales.size(); i++) {
            if (scales.get(i).number() != i + 1) {
                throw new IllegalArgumentException("scale " + (i + 1) + " is numbered " + scales.get(i).number());
            }
            if (!codes.add(scales.get(i).code())) {
                throw new IllegalArgumentException("scale code " + scales.get(i).code() + " appears twice");
            }
        }
    }
}
