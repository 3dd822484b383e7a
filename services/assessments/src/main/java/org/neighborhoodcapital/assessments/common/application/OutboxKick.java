package org.neighborhoodcapital.assessments.common.application;

import org.neighborhoodcapital.platform.outbox.OutboxRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks the platform's relay to publish now what was just stored, instead of at its next poll.
 * With {@code nc.outbox.relay-enabled=false} there may be no relay: then the records wait in their
 * documents until a relay runs.
 */
@Component
public class OutboxKick {

    private final ObjectProvider<OutboxRelay> relay;

    public OutboxKick(ObjectProvider<OutboxRelay> relay) {
        this.relay = relay;
    }

    public void afterWrite() {
        relay.ifAvailable(OutboxRelay::wakeUp);
    }
}
