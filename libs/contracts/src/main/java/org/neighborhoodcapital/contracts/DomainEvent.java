package org.neighborhoodcapital.contracts;

/**
 * A fact published on Kafka: a past-tense record carrying ids and facts, never an entity.
 * Every implementation is listed in {@link EventCatalog} with its versioned type name and topic.
 */
public interface DomainEvent {

    /** The id the record is keyed and ordered by on its topic (centerId or participantId). */
    String partitionKey();
}
