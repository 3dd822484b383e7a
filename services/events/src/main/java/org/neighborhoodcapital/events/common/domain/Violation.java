package org.neighborhoodcapital.events.common.domain;

/**
 * One thing wrong with a request: the field at fault (JSON path such as {@code organizer.participantId}),
 * what is wrong, and for batch bodies the 1-based line (NDJSON) or element (JSON array) number.
 */
public record Violation(Integer line, String field, String message) {

    public static Violation of(String field, String message) {
        return new Violation(null, field, message);
    }

    public static Violation atLine(int line, String field, String message) {
        return new Violation(line, field, message);
    }
}
