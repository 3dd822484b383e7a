package org.neighborhoodcapital.memberships.common.domain;

import java.util.regex.Pattern;

import org.neighborhoodcapital.platform.domain.DomainException;

/** The slug that names a center in paths and records: lower-case letters, digits and hyphens. */
public final class CenterId {

    public static final Pattern FORMAT = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    public static boolean isValid(String centerId) {
        return centerId != null && FORMAT.matcher(centerId).matches();
    }

    /**
     * @return the id, unchanged
     * @throws DomainException (INVALID, the given field) when it is not a center slug
     */
    public static String require(String centerId, String field) {
        if (!isValid(centerId)) {
            throw DomainException.invalid(field, centerId == null ? "is required" : "must match " + FORMAT.pattern());
        }
        return centerId;
    }

    private CenterId() {
    }
}
