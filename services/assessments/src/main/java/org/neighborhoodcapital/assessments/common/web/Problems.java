package org.neighborhoodcapital.assessments.common.web;

import java.util.List;
import java.util.function.Supplier;

import org.neighborhoodcapital.assessments.common.domain.DomainException;
import org.neighborhoodcapital.assessments.common.domain.Violation;
import org.neighborhoodcapital.platform.web.FieldError;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * Turns a refusal of the domain into the platform's problem+json answer: INVALID → 400,
 * NOT_FOUND → 404, GONE → 410, UNPROCESSABLE → 422, each naming the field(s).
 */
public final class Problems {

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
            case GONE -> HttpStatus.GONE;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        List<Violation> violations = e.violations();
        List<FieldError> errors = violations.stream().map(v -> FieldError.of(v.field(), v.message())).toList();
        Violation first = violations.getFirst();
        String detail = violations.size() == 1
                ? first.field() + ": " + first.message()
                : violations.size() + " problems, first " + first.field() + ": " + first.message();
        return new ProblemException(status, detail, errors);
    }

    private Problems() {
    }
}
