package org.neighborhoodcapital.events.common.domain;

import java.util.regex.Pattern;

import org.neighborhoodcapital.platform.domain.DomainException;

/** The slug that names a center in paths and records: lower-case letters, digits and hyphens. */
public final class CenterId {

    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    /**
     * @return the id, unchanged
     * @throws DomainException (INVALID, field {@code centerId}) when it is not a center slug
     */
    public static String require(String centerId) {
        if (centerId == null || !FORMAT.matcher(centerId).matches()) {
            throw DomainException.invalid("centerId", "must match " + FORMAT.pattern());
        }
        return centerId;
    }

    private CenterId() {
    }
}
