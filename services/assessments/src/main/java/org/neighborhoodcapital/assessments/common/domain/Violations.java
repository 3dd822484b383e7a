package org.neighborhoodcapital.assessments.common.domain;

import java.time.Duration;
import java.time.Instant;
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

    /**
     * A time of the world may lie in the past (a center loads its history), but not later than
     * {@code now} plus the allowed clock difference of the client.
     */
    public void notInTheFuture(Instant value, String field, Instant now, Duration tolerance) {
        if (value != null && value.isAfter(now.plus(tolerance))) {
            add(field, "must not lie in the future (now is " + now + ")");
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** @throws DomainException (INVALID) listing every violation found, if any */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw DomainException.invalid(found);
        }
    }
}
