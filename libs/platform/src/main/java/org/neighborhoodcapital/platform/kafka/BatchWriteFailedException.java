package org.neighborhoodcapital.platform.kafka;

/**
 * A batch's write to the store failed (store down, timeout): no single record is at fault, so no
 * record is dead-lettered for it. The {@link DeadLetterPublisher} refuses to recover such a failure,
 * and the error handler redelivers the batch after its back-off, again and again until the store
 * answers; writes are idempotent, so the repeats change nothing. Nothing already accepted is lost.
 */
public class BatchWriteFailedException extends RuntimeException {

    public BatchWriteFailedException(Throwable cause) {
        super("writing the batch failed, it will be redelivered: " + cause.getMessage(), cause);
    }
}
