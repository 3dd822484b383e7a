package org.neighborhoodcapital.memberships.common.domain;

/** One thing wrong with a request: the field at fault (JSON path such as {@code operatingBudget.currency}) and what is wrong. */
public record Violation(String field, String message) {

    public static Violation of(String field, String message) {
        return new Violation(field, message);
    }
}
