package org.neighborhoodcapital.assessments.common.domain;

import java.util.List;

/**
 * A rule of the domain refused an operation. The kind says why, so that an adapter can pick the
 * answer (HTTP 400, 404, 410, 422) without the domain knowing about HTTP.
 */
public final class DomainException extends RuntimeException {

    public enum Kind {
        /** A value is malformed or out of range. */
        INVALID,
        /** The thing named does not exist. */
        NOT_FOUND,
        /** The thing named existed and was erased: it will not come back. */
        GONE,
        /** Well-formed, but refers to something that does not allow it (an unknown instrument version, an unknown participant). */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final List<Violation> violations;

    public DomainException(Kind kind, List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one violation");
        }
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public static DomainException invalid(List<Violation> violations) {
        return new DomainException(Kind.INVALID, violations);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, List.of(Violation.of(field, message)));
    }

    public static DomainException notFound(String field, String message) {
        return new DomainException(Kind.NOT_FOUND, List.of(Violation.of(field, message)));
    }

    public static DomainException gone(String field, String message) {
        return new DomainException(Kind.GONE, List.of(Violation.of(field, message)));
    }

    public static DomainException unprocessable(String field, String message) {
        return new DomainException(Kind.UNPROCESSABLE, List.of(Violation.of(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "refused";
        }
        Violation first = violations.getFirst();
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }
}
