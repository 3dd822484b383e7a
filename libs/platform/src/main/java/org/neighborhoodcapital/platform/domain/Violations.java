package org.neighborhoodcapital.platform.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Collects every violation of a request, so that a client learns all its mistakes at once. */
public final class Violations {

    /** Clocks of clients and servers differ a little: a "when" up to this far ahead still counts as now. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

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

    /** Non-blank text of at most {@code maxLength} characters; returns whether it is fine. */
    public boolean text(String value, String field, int maxLength) {
        if (!require(value, field)) {
            return false;
        }
        if (value.isBlank()) {
            add(field, "must not be blank");
            return false;
        }
        if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
            return false;
        }
        return true;
    }

    /** An ISO 4217 currency code in capitals ({@code EUR}); returns whether it is one. */
    public boolean currency(String value, String field) {
        if (!require(value, field)) {
            return false;
        }
        if (!isCurrency(value)) {
            add(field, "'" + value + "' is not an ISO 4217 currency code such as EUR");
            return false;
        }
        return true;
    }

    public static boolean isCurrency(String code) {
        return code != null && code.matches("[A-Z]{3}")
                && Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    /** A time that has happened: not later than {@code now}, give or take {@link #CLOCK_SKEW}. */
    public void notInTheFuture(Instant value, String field, Instant now) {
        notInTheFuture(value, field, now, CLOCK_SKEW);
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
