package org.neighborhoodcapital.platform.outbox;

/** Declares a MongoDB collection whose documents may carry outbox records; the relay publishes from each one. */
public record OutboxCollection(String name) {
}
