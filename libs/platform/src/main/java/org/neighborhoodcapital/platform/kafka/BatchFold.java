package org.neighborhoodcapital.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;

/**
 * How a batch listener folds many records into a few bulk writes: {@link #add} accumulates one
 * record in memory (and throws if that record cannot be applied), {@link #flush} writes what was
 * added. Writes must be idempotent: after a crash the same records come again.
 */
public interface BatchFold {

    void add(ConsumerRecord<String, Envelope<DomainEvent>> record);

    void flush();
}
