package org.neighborhoodcapital.platform.outbox;

import java.util.Arrays;
import java.util.List;

import org.neighborhoodcapital.contracts.Envelope;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The transactional outbox without transactions: a document that announces its changes carries the
 * pending records in an array field {@value #FIELD} and a flag {@value #PENDING}. The same
 * {@code insert}/{@code update} that changes the document appends to the array, so the change and
 * its record are committed together. {@link OutboxRelay} publishes them in array order and then
 * pulls them out. It finds the documents either by their ids, which the writer hands over after the write
 * ({@link OutboxKick#afterWrite(String, java.util.Collection)}, read by {@code _id} alone), or by a sweep
 * over the flag ({@link OutboxKick#afterWrite()}, at start, and every {@code nc.outbox.sweep-interval}).
 * Collections that hold such documents are declared as {@link OutboxCollection} beans.
 */
public final class Outbox {

    /** Array of {@link OutboxMessage} in the document. */
    public static final String FIELD = "outbox";
    /** true while {@value #FIELD} is not empty; indexed, so the relay's sweep finds work cheaply on MongoDB. */
    public static final String PENDING = "outboxPending";

    /** Adds the records to an update of an existing document (same write as the change itself). */
    public static Update append(Update update, Envelope<?>... envelopes) {
        List<OutboxMessage> messages = Arrays.stream(envelopes).map(OutboxMessage::of).toList();
        update.push(FIELD).each(messages.toArray());
        update.set(PENDING, true);
        return update;
    }

    /** The messages to store in a new document's {@value #FIELD} field. */
    public static List<OutboxMessage> messages(Envelope<?>... envelopes) {
        return Arrays.stream(envelopes).map(OutboxMessage::of).toList();
    }

    private Outbox() {
    }
}
