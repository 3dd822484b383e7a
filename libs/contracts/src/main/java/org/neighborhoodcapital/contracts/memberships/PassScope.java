package org.neighborhoodcapital.contracts.memberships;

/** Where a pass is valid: at its own center, or across the network. */
public enum PassScope {
    CENTER, NETWORK
}
