package org.neighborhoodcapital.memberships.pass.domain;

/** ACTIVE until cancelled or expired; both are final. */
public enum PassState {
    ACTIVE, CANCELLED, EXPIRED
}
