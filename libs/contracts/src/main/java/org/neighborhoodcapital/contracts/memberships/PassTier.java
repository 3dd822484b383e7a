package org.neighborhoodcapital.contracts.memberships;

/** Season-ticket tier. */
public enum PassTier {
    FREE, BASIC, STANDARD, PLUS, PATRON
}
