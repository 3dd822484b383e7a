package org.neighborhoodcapital.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.EnvelopeCodec;

class KafkaFeederTest {

    private static final SimulatedNetwork DEMO = NetworkSimulator.generate(NetworkSpec.demo(42, LocalDate.of(2026, 11, 26)));

    @Test
    void publishesEveryRecordToItsTopicWithItsKeyInTopicOrderWhateverTheWorkers() {
        EnvelopeCodec codec = new EnvelopeCodec();
        List<String> expected = DEMO.allInTopicOrder()
                .map(e -> e.topic() + " " + e.key() + " " + new String(codec.encode(e), StandardCharsets.UTF_8)).toList();

        for (int workers : new int[] {1, 3}) {
            MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
            ByteArrayOutputStream progress = new ByteArrayOutputStream();
            try (KafkaFeeder feeder = new KafkaFeeder(producer, new PrintStream(progress, true, StandardCharsets.UTF_8), Duration.ofSeconds(2))) {
                KafkaFeeder.Published published = feeder.publish(DEMO, workers);
                assertThat(published.records()).isEqualTo(DEMO.recordCount());
            }
            List<String> sent = producer.history().stream().map(KafkaFeederTest::line).toList();
            assertThat(sent).as("workers " + workers).isEqualTo(expected);
            assertThat(progress.toString(StandardCharsets.UTF_8))
                    .matches("(?s).*sim: published " + DEMO.recordCount() + "/" + DEMO.recordCount() + " records \\(\\d+ rec/s\\)\\s*");
        }
    }

    @Test
    void theProducerIsTunedForThroughputAndSafety() {
        var properties = KafkaFeeder.properties("localhost:9092", java.util.Map.of());
        assertThat(properties).containsEntry("acks", "all").containsEntry("enable.idempotence", true)
                .containsEntry("compression.type", "lz4");
        assertThat((Integer) properties.get("batch.size")).isGreaterThanOrEqualTo(256 * 1024);
        assertThat((Integer) properties.get("linger.ms")).isBetween(5, 20);
    }

    private static String line(ProducerRecord<String, byte[]> record) {
        return record.topic() + " " + record.key() + " " + new String(record.value(), StandardCharsets.UTF_8);
    }
}
