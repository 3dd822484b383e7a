package org.neighborhoodcapital.platform.kafka;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.InvalidEnvelopeException;

/**
 * Reads a record value as a CloudEvents envelope with {@link EnvelopeCodec#decode(byte[])}. Meant to
 * sit inside Spring Kafka's {@code ErrorHandlingDeserializer}: a value that cannot be decoded becomes a
 * {@code null} value plus a {@code DeserializationException} header carrying the raw bytes and an
 * {@link InvalidEnvelopeException} whose message is the reason.
 *
 * <p>A decoded value keeps its raw bytes in the consumer-side header
 * {@value PlatformHeaders#ORIGINAL_VALUE} (the same array, no copy), so that a record the listener
 * rejects later is dead-lettered byte for byte, unknown fields included.
 */
public class EnvelopeDeserializer implements Deserializer<Envelope<DomainEvent>> {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Override
    public Envelope<DomainEvent> deserialize(String topic, byte[] data) {
        return decode(data);
    }

    @Override
    public Envelope<DomainEvent> deserialize(String topic, Headers headers, byte[] data) {
        Envelope<DomainEvent> envelope = decode(data);
        if (headers != null) {
            headers.remove(PlatformHeaders.ORIGINAL_VALUE);
            headers.add(PlatformHeaders.ORIGINAL_VALUE, data);
        }
        return envelope;
    }

    private Envelope<DomainEvent> decode(byte[] data) {
        try {
            return codec.decode(data);
        } catch (InvalidEnvelopeException e) {
            // The error-handling deserializer Java-serializes the exception into a header: keep only
            // the reason, not the parser state of the Jackson cause.
            throw new InvalidEnvelopeException(e.getMessage());
        }
    }
}
