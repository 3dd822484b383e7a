package org.neighborhoodcapital.platform.domain;

import java.util.List;

/**
 * A rule of the domain refused an operation. The kind says why, so that an adapter can pick the
 * answer (HTTP 400, 404, 409, 410, 422) without the domain knowing about HTTP. Plain Java on purpose:
 * every service's domain may throw it (the platform's web advice renders it as problem+json).
 */
public final class DomainException extends RuntimeException {

    public enum Kind {
        /** A value is malformed or out of range. */
        INVALID,
        /** The thing named does not exist (here). */
        NOT_FOUND,
        /** The current state does not allow it (a cancelled event, a full waitlist, a taken e-mail). */
        CONFLICT,
        /** The thing named existed and was erased: it will never come back. */
        GONE,
        /** Well-formed, but refers to something that does not allow it (an unknown center, a cancelled event in a batch). */
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
        return of(Kind.INVALID, field, message);
    }

    public static DomainException notFound(String field, String message) {
        return of(Kind.NOT_FOUND, field, message);
    }

    public static DomainException conflict(String field, String message) {
        return of(Kind.CONFLICT, field, message);
    }

    public static DomainException gone(String field, String message) {
        return of(Kind.GONE, field, message);
    }

    public static DomainException unprocessable(List<Violation> violations) {
        return new DomainException(Kind.UNPROCESSABLE, violations);
    }

    public static DomainException unprocessable(String field, String message) {
        return of(Kind.UNPROCESSABLE, field, message);
    }

    private static DomainException of(Kind kind, String field, String message) {
        return new DomainException(kind, List.of(Violation.of(field, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The field of the first violation (what a problem+json answer names). */
    public String field() {
        return violations.getFirst().field();
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "refused";
        }
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return violations.getFirst().describe() + more;
    }
}
