package org.neighborhoodcapital.platform.outbox;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Asks the relay to publish now what was just stored, instead of at its next poll. Services call
 * {@link #afterWrite()} after a write that appended outbox records. Where there is no relay (no
 * Kafka or MongoDB in the context, e.g. a web slice test) it does nothing; with
 * {@code nc.outbox.relay-enabled=false} the relay is not running and the records wait in their
 * documents until a relay runs.
 */
public class OutboxKick {

    private final ObjectProvider<OutboxRelay> relay;

    public OutboxKick(ObjectProvider<OutboxRelay> relay) {
        this.relay = relay;
    }

    public void afterWrite() {
        relay.ifAvailable(OutboxRelay::wakeUp);
    }
}
