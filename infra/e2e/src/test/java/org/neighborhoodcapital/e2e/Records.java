package org.neighborhoodcapital.e2e;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;

/** Publishes envelopes the way a producing service does: keyed, idempotent, acks=all. */
final class Records implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final EnvelopeCodec codec = new EnvelopeCodec();

    Records(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    void publish(List<? extends Envelope<? extends DomainEvent>> envelopes) {
        List<Future<RecordMetadata>> sent = envelopes.stream()
                .map(e -> producer.send(new ProducerRecord<>(e.topic(), e.key(), codec.encode(e))))
                .toList();
        producer.flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (Exception e) {
                throw new IllegalStateException("publish failed", e);
            }
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
