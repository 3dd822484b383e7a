package org.neighborhoodcapital.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: the field at fault (JSON path such as {@code organizer.participantId}),
 * what is wrong, and for batch bodies the 1-based line (NDJSON) or element (JSON array) number.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String field, String message, Integer line) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null);
    }

    public static FieldError atLine(int line, String field, String message) {
        return new FieldError(field, message, line);
    }
}
