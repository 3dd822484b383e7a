package org.neighborhoodcapital.platform.domain;

/**
 * One thing wrong with a request: the field at fault as a JSON path ({@code organizer.participantId},
 * {@code answers.BEL1}, {@code positions[3]}), what is wrong, and for batch bodies the 1-based line
 * (NDJSON) or element (JSON array) number, else {@code null}.
 */
public record Violation(String field, String message, Integer line) {

    public static Violation of(String field, String message) {
        return new Violation(field, message, null);
    }

    public static Violation atLine(int line, String field, String message) {
        return new Violation(field, message, line);
    }

    /** {@code [line N: ]field: message}, the way a refusal names it. */
    public String describe() {
        return (line == null ? "" : "line " + line + ": ") + field + ": " + message;
    }
}
