package org.neighborhoodcapital.events.common.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects every violation of a request, so that a client learns all its mistakes at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String message) {
        found.add(Violation.of(field, message));
        return this;
    }

    /** Requires a value; returns whether it is present. */
    public boolean require(Object value, String field) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** Non-blank text of at most {@code maxLength} characters. */
    public void text(String value, String field, int maxLength) {
        if (!require(value, field)) {
            return;
        }
        if (value.isBlank()) {
            add(field, "must not be blank");
        } else if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @throws DomainException (INVALID) listing every violation found, if any */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw DomainException.invalid(found);
        }
    }
}
