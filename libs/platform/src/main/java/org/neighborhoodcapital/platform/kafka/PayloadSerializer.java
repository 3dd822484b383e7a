package org.neighborhoodcapital.platform.kafka;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;

/**
 * The producer's value serializer: {@code byte[]} as is (outbox payloads, dead letters with their
 * original bytes), {@link String} as UTF-8, an {@link Envelope} as CloudEvents JSON.
 */
public class PayloadSerializer implements Serializer<Object> {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Override
    public byte[] serialize(String topic, Object data) {
        return switch (data) {
            case null -> null;
            case byte[] bytes -> bytes;
            case String text -> text.getBytes(StandardCharsets.UTF_8);
            case Envelope<?> envelope -> codec.encode(envelope);
            default -> throw new SerializationException("Cannot publish a " + data.getClass().getName()
                    + " to " + topic + ": expected byte[], String or Envelope");
        };
    }
}
