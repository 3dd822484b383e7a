package org.neighborhoodcapital.memberships.center.domain;

import java.time.Instant;
import java.util.Objects;

import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.memberships.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;

/** A neighborhood center of the network, named by a slug that never changes. */
public record Center(String centerId, CenterDetails details, Instant registeredAt, Instant updatedAt) {

    public Center {
        Objects.requireNonNull(centerId, "centerId");
        Objects.requireNonNull(details, "details");
    }

    /**
     * @throws DomainException (INVALID, field {@code id}) when the id is not a slug
     */
    public static Center register(String centerId, CenterDetails details, Instant now) {
        CenterId.require(centerId, "id");
        return new Center(centerId, details, now, now);
    }

    public Center update(CenterDetails newDetails, Instant now) {
        return new Center(centerId, newDetails, registeredAt, now);
    }

    /** The announcement: sent on registration and on every update, the latest wins. */
    public CenterRegistered registered() {
        return new CenterRegistered(centerId, details.name(), details.city(), details.timezone().getId(), details.operatingBudget());
    }
}
