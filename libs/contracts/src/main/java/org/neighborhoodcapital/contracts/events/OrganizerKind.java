package org.neighborhoodcapital.contracts.events;

/** Who organizes an event: the center's staff, or a resident (then a participantId is given). */
public enum OrganizerKind {
    STAFF, RESIDENT
}
