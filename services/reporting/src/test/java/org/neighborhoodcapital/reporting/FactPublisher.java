package org.neighborhoodcapital.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;

/**
 * Publishes facts to their topics as the producing services would (CloudEvents envelopes keyed by
 * center), remembering every record sent so that a test can replay exactly the same bytes.
 */
final class FactPublisher implements AutoCloseable {

    /** One record as sent: a replay sends the very same bytes. */
    record Sent(String topic, String key, byte[] value) {
    }

    private final KafkaProducer<String, byte[]> producer;
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final List<Future<RecordMetadata>> inFlight = new ArrayList<>();

    FactPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 131_072,
                ProducerConfig.CLIENT_ID_CONFIG, "reporting-it-publisher"),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends each fact in an envelope on its topic; returns what was sent, in order. */
    List<Sent> publish(DomainEvent... facts) {
        List<Sent> sent = new ArrayList<>(facts.length);
        for (DomainEvent fact : facts) {
            Envelope<DomainEvent> envelope = envelope(fact);
            sent.add(send(envelope.topic(), envelope.key(), codec.encode(envelope)));
        }
        return sent;
    }

    /** The records {@link #publish} would send, encoded but not sent (for timing the sending alone). */
    List<Sent> encode(List<? extends DomainEvent> facts) {
        List<Sent> records = new ArrayList<>(facts.size());
        for (DomainEvent fact : facts) {
            Envelope<DomainEvent> envelope = envelope(fact);
            records.add(new Sent(envelope.topic(), envelope.key(), codec.encode(envelope)));
        }
        return records;
    }

    /** Sends bytes as they are: a malformed record, or a replay. */
    Sent send(String topic, String key, byte[] value) {
        inFlight.add(producer.send(new ProducerRecord<>(topic, key, value)));
        return new Sent(topic, key, value);
    }

    void replay(List<Sent> records) {
        records.forEach(r -> send(r.topic(), r.key(), r.value()));
    }

    /** Waits until every record sent so far is acknowledged. */
    void flush() {
        producer.flush();
        try {
            for (Future<RecordMetadata> ack : inFlight) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A record was not acknowledged", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inFlight.clear();
        }
    }

    Envelope<DomainEvent> envelope(DomainEvent fact) {
        return switch (fact) {
            case AttendanceRecorded a -> Envelope.withId(a.occurrenceId(), Sources.EVENTS, a.checkedInAt(), a.eventId().toString(), fact);
            case CenterRegistered c -> Envelope.of(Sources.MEMBERSHIPS, java.time.Instant.now(), c.centerId(), fact);
            default -> Envelope.withId(UUID.randomUUID(),
                    fact.getClass().getPackageName().endsWith(".memberships") ? Sources.MEMBERSHIPS : Sources.EVENTS,
                    java.time.Instant.now(), null, fact);
        };
    }

    @Override
    public void close() {
        producer.close();
    }
}
