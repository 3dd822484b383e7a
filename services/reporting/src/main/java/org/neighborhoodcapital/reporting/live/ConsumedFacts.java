package org.neighborhoodcapital.reporting.live;

import java.util.List;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;

/**
 * Published (as a Spring application event, on the consumer thread) after a listener batch has been
 * taken into the projections: the facts of the batch that were applied or deliberately ignored, in
 * consumption order. Listeners must not block: the Kafka consumer waits for them.
 */
public record ConsumedFacts(List<Envelope<DomainEvent>> facts) {

    public ConsumedFacts {
        facts = List.copyOf(facts);
    }
}
