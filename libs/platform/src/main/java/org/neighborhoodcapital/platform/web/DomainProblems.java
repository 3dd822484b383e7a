package org.neighborhoodcapital.platform.web;

import java.util.List;

import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violation;
import org.springframework.http.HttpStatus;

/**
 * Turns a refusal of the domain into a problem+json answer: INVALID → 400, NOT_FOUND → 404,
 * CONFLICT → 409, GONE → 410, UNPROCESSABLE → 422, each naming the field(s) (and line).
 * {@link ProblemDetailsAdvice} applies it to every {@link DomainException} a controller lets through.
 */
public final class DomainProblems {

    /** A refusal lists at most this many items (its detail gives the total). */
    public static final int MAX_LISTED = 100;

    public static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case GONE -> HttpStatus.GONE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    public static ProblemException of(DomainException e) {
        return of(statusOf(e.kind()), e.violations());
    }

    /** A refusal with a status of the adapter's choosing (413 for a batch over the limit, …). */
    public static ProblemException of(HttpStatus status, List<Violation> violations) {
        List<FieldError> errors = violations.stream().limit(MAX_LISTED)
                .map(v -> new FieldError(v.field(), v.message(), v.line())).toList();
        Violation first = violations.getFirst();
        String detail = violations.size() == 1
                ? first.describe()
                : violations.size() + " problems" + (violations.size() > MAX_LISTED ? " (first " + MAX_LISTED + " listed)" : "")
                        + ", first " + first.describe();
        return new ProblemException(status, detail, errors);
    }

    private DomainProblems() {
    }
}
