package org.neighborhoodcapital.platform.kafka;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.InvalidEnvelopeException;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Runs a {@link BatchFold} over a batch so that one bad record costs only itself: the records before
 * it are flushed, then {@link BatchListenerFailedException} names its index, the error handler
 * commits the good prefix, dead-letters the bad record after its retries, and goes on after it.
 * A failing write is no record's fault: it surfaces as {@link BatchWriteFailedException}, and the
 * batch is redelivered until the store takes it, never dead-lettered.
 */
public final class EnvelopeBatch {

    public static void process(List<ConsumerRecord<String, Envelope<DomainEvent>>> records, BatchFold fold) {
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, Envelope<DomainEvent>> record = records.get(i);
            try {
                if (record.value() == null) {
                    throw new InvalidEnvelopeException("record value could not be deserialized");
                }
                fold.add(record);
            } catch (RuntimeException e) {
                flush(fold);
                throw new BatchListenerFailedException(reason(e), e, i);
            }
        }
        flush(fold);
    }

    private static void flush(BatchFold fold) {
        try {
            fold.flush();
        } catch (RuntimeException e) {
            throw new BatchWriteFailedException(e);
        }
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private EnvelopeBatch() {
    }
}
