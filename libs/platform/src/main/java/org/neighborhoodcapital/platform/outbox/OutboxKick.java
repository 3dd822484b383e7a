package org.neighborhoodcapital.platform.outbox;

import java.util.Collection;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Asks the relay to publish now what was just stored, instead of at its next poll. After a write that
 * appended outbox records, services call {@link #afterWrite(String, Collection)} naming the collection
 * and the documents written: the relay reads exactly those by {@code _id}, which stays cheap however
 * large the collection grows. {@link #afterWrite()} names nothing: the relay then sweeps every outbox
 * collection for flagged documents. Where there is no relay (no Kafka or MongoDB in the context, e.g.
 * a web slice test) both do nothing; with {@code nc.outbox.relay-enabled=false} the relay is not
 * running and the records wait in their documents until a relay runs.
 */
public class OutboxKick {

    private final ObjectProvider<OutboxRelay> relay;

    public OutboxKick(ObjectProvider<OutboxRelay> relay) {
        this.relay = relay;
    }

    /** A round soon that sweeps every outbox collection (see {@link OutboxRelay#wakeUp()}). */
    public void afterWrite() {
        relay.ifAvailable(OutboxRelay::wakeUp);
    }

    /**
     * A round soon that publishes the given documents of {@code collection} (see {@link OutboxRelay#hint}).
     *
     * @param collection  an {@link OutboxCollection}'s name
     * @param documentIds the {@code _id}s of the documents just written with outbox records, as stored
     */
    public void afterWrite(String collection, Collection<?> documentIds) {
        relay.ifAvailable(outboxRelay -> outboxRelay.hint(collection, documentIds));
    }
}
