package org.neighborhoodcapital.assessments.common.domain;

/**
 * One thing wrong with a request: the field at fault as a JSON path ({@code answers.BEL1},
 * {@code positions[3]}, {@code instrumentVersion}) and what is wrong with it.
 */
public record Violation(String field, String message) {

    public static Violation of(String field, String message) {
        return new Violation(field, message);
    }
}
