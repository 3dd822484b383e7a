package org.neighborhoodcapital.platform.testapp;

import java.util.List;

import org.neighborhoodcapital.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;

/** A document that announces its changes through the outbox, as service documents do. */
public record OutboxDocument(@Id String id, String status, List<OutboxMessage> outbox, boolean outboxPending) {
}
