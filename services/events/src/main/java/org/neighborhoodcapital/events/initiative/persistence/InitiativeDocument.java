package org.neighborhoodcapital.events.initiative.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.events.initiative.domain.Initiative;
import org.neighborhoodcapital.platform.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An initiative in collection {@code initiatives}, inserted with its InitiativeLaunched outbox record. */
@Document(InitiativeDocument.COLLECTION)
record InitiativeDocument(
        @Id String id,
        String centerId,
        String title,
        String type,
        String leaderId,
        Instant launchedAt,
        Instant recordedAt,
        List<OutboxMessage> outbox,
        boolean outboxPending) {

    static final String COLLECTION = "initiatives";

    Initiative toDomain() {
        return new Initiative(UUID.fromString(id), centerId, title, InitiativeType.valueOf(type), UUID.fromString(leaderId), launchedAt);
    }
}
