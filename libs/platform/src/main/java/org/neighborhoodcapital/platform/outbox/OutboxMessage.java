package org.neighborhoodcapital.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;

/**
 * A record waiting to be published, stored inside the very document whose change it announces
 * (field {@value Outbox#FIELD}), so that the change and its announcement are one MongoDB write.
 *
 * @param id        the envelope id
 * @param topic     destination topic
 * @param key       Kafka key (centerId or participantId)
 * @param type      CloudEvents type, for logs and metrics
 * @param payload   the envelope as CloudEvents JSON, exactly the bytes to publish
 * @param createdAt when the change was stored (outbox lag is measured from it)
 */
public record OutboxMessage(UUID id, String topic, String key, String type, String payload, Instant createdAt) {

    private static final EnvelopeCodec CODEC = new EnvelopeCodec();

    public static OutboxMessage of(Envelope<?> envelope) {
        return new OutboxMessage(envelope.id(), envelope.topic(), envelope.key(), envelope.type(),
                CODEC.encodeToString(envelope), Instant.now());
    }
}
