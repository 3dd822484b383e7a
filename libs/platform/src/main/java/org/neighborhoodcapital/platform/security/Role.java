package org.neighborhoodcapital.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a caller may do, carried in the token's {@code roles} claim. Center-bound roles
 * ({@link #CENTER_STAFF}, {@link #KIOSK}) act only at the centers in the token's {@code centers} claim.
 */
public enum Role {
    /** Network management: everything, everywhere. */
    NETWORK_ADMIN,
    /** Staff of the centers listed in the token: read and write there only. */
    CENTER_STAFF,
    /** A center's check-in terminal: check-ins and registrations for its one center. */
    KIOSK,
    /** Reports and exports, read-only, never personal data. */
    ANALYST,
    /** A resident: submits its own self-assessment, reads its own data. */
    PARTICIPANT;

    /** The Spring Security authority of this role, {@code ROLE_NETWORK_ADMIN} etc. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role a claim value names ({@code NETWORK_ADMIN}, {@code network-admin} and {@code ROLE_NETWORK_ADMIN} alike). */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (name.startsWith("ROLE_")) {
            name = name.substring("ROLE_".length());
        }
        try {
            return Optional.of(Role.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
