package org.neighborhoodcapital.memberships.participant.domain;

import java.util.Objects;

/**
 * What identifies a person: stored only in this service, only encrypted, never logged, never
 * published. {@code email} is kept normalized ({@link Contacts#normalizeEmail}), {@code phone} as
 * given (trimmed); either may be absent, not both.
 */
public record PersonalData(String displayName, String email, String phone) {

    public PersonalData {
        Objects.requireNonNull(displayName, "displayName");
        if (email == null && phone == null) {
            throw new IllegalArgumentException("an e-mail or a phone is required");
        }
    }

    /** Never the values themselves: this may end up in a log line or an exception message. */
    @Override
    public String toString() {
        return "PersonalData[displayName=***, email=" + (email == null ? "none" : "***") + ", phone="
                + (phone == null ? "none" : "***") + "]";
    }
}
