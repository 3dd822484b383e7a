package org.neighborhoodcapital.events.common.web;

import java.util.List;
import java.util.function.Supplier;

import org.neighborhoodcapital.events.common.domain.DomainException;
import org.neighborhoodcapital.events.common.domain.Violation;
import org.neighborhoodcapital.platform.web.FieldError;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Turns a refusal of the domain into the platform's problem+json answer: INVALID → 400,
 * NOT_FOUND → 404, CONFLICT → 409, UNPROCESSABLE → 422, each naming the field (and line).
 */
public final class Problems {

    /** A refusal lists at most this many items (its detail gives the total). */
    public static final int MAX_LISTED = 100;

    /** Runs a use case, answering its refusal as a problem. */
    public static <T> T guard(Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (DomainException e) {
            throw of(e);
        }
    }

    public static ProblemException of(DomainException e) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return of(status, e.violations());
    }

    public static ProblemException of(HttpStatus status, List<Violation> violations) {
        List<FieldError> errors = violations.stream().limit(MAX_LISTED)
                .map(v -> new FieldError(v.field(), v.message(), v.line())).toList();
        Violation first = violations.getFirst();
        String where = first.line() == null ? "" : "line " + first.line() + ": ";
        String detail = violations.size() == 1
                ? where + first.field() + ": " + first.message()
                : violations.size() + " problems" + (violations.size() > MAX_LISTED ? " (first " + MAX_LISTED + " listed)" : "")
                        + ", first " + where + first.field() + ": " + first.message();
        return new ProblemException(status, detail, errors);
    }

    private Problems() {
    }
}
