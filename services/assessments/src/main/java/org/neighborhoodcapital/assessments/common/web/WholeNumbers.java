package org.neighborhoodcapital.assessments.common.web;

import tools.jackson.databind.JsonNode;

/**
 * Answers and positions must be whole numbers as sent: Jackson would turn {@code 3.7} or
 * {@code "3"} into 3 without a word, so request bodies keep them as JSON and this reads them.
 */
public final class WholeNumbers {

    /** The value when it is a JSON integer within int range; {@code null} otherwise (null, text, 3.5, …). */
    public static Integer of(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            return null;
        }
        return node.intValue();
    }

    private WholeNumbers() {
    }
}
