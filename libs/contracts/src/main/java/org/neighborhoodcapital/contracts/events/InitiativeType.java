package org.neighborhoodcapital.contracts.events;

/** Kind of a resident initiative; SHARING and CROWDFUNDING mark step 2, MICRO_BUSINESS step 3. */
public enum InitiativeType {
    SHARING, CROWDFUNDING, VOLUNTEER, CLUB, MICRO_BUSINESS, SOCIAL_PROJECT, PARTNERSHIP
}
