package org.neighborhoodcapital.contracts.events;

/** A registration holds a place, or waits for one. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED
}
