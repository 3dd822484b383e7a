package org.neighborhoodcapital.events.calendar.domain;

/**
 * The outcome of a registration request: the participant's slot, whether it was made now
 * ({@code created = false}: they were already registered, nothing changed) and the change to store.
 */
public record Registered(RegistrationSlot slot, boolean created, Change change) {
}
