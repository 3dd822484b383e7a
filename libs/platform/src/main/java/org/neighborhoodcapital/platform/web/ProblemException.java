package org.neighborhoodcapital.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, rendered as {@code application/problem+json} with the field(s) at
 * fault: {@code {type, title, status, detail, instance, field, errors: [{field, message, line}]}}.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldError> errors;

    public ProblemException(HttpStatus status, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** 400: the request is malformed or a value is invalid. */
    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, field + ": " + message, List.of(FieldError.of(field, message)));
    }

    /** 422: well-formed but refers to something that does not allow it (unknown or cancelled event, …). */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, field + ": " + message, List.of(FieldError.of(field, message)));
    }

    /** 404: the resource named in the path does not exist. */
    public static ProblemException notFound(String field, String message) {
        return new ProblemException(HttpStatus.NOT_FOUND, field + ": " + message, List.of(FieldError.of(field, message)));
    }

    /** 403: the caller is known but may not do this here (another center, another person, a role without the right). */
    public static ProblemException forbidden(String field, String message) {
        return new ProblemException(HttpStatus.FORBIDDEN, field + ": " + message, List.of(FieldError.of(field, message)));
    }

    /** 409: conflicts with the current state. */
    public static ProblemException conflict(String field, String message) {
        return new ProblemException(HttpStatus.CONFLICT, field + ": " + message, List.of(FieldError.of(field, message)));
    }

    /** A batch refused as a whole because of the listed lines; nothing of it is stored. */
    public static ProblemException batch(HttpStatus status, List<FieldError> errors) {
        FieldError first = errors.getFirst();
        String where = first.line() == null ? "" : "line " + first.line() + ": ";
        return new ProblemException(status, errors.size() + " invalid item(s), first " + where + first.field() + ": " + first.message(), errors);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
