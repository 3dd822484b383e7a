package org.neighborhoodcapital.issuer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The roles a token may carry; the claim value is the constant name, a request may name it in lower case with dashes. */
enum IssuedRole {
    NETWORK_ADMIN, CENTER_STAFF, KIOSK, ANALYST, PARTICIPANT;

    /** {@code center-staff}, {@code CENTER_STAFF} and {@code Center_Staff} all name CENTER_STAFF. */
    static IssuedRole parse(String name) {
        String normalized = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (IssuedRole role : values()) {
            if (role.name().equals(normalized)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role: unknown role '" + name + "', expected one of " + parameterNames());
    }

    String parameterName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String parameterNames() {
        return Arrays.stream(values()).map(IssuedRole::parameterName).collect(Collectors.joining(", "));
    }
}
