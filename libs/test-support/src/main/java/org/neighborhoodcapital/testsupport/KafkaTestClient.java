package org.neighborhoodcapital.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Plain kafka-clients helpers for assertions: read a topic from the beginning, send raw bytes,
 * create topics. Keys are strings, values raw bytes; every call opens and closes its own client.
 */
public final class KafkaTestClient {

    private static final Duration POLL = Duration.ofMillis(100);

    private KafkaTestClient() {
    }

    /**
     * Reads {@code topic} from the beginning of every partition (no consumer group, nothing
     * committed) until {@code until} accepts everything read so far, and returns it.
     *
     * @throws AssertionError if {@code until} is still not satisfied after {@code timeout}
     */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> until) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = partitions(consumer, topic, timeout);
            if (partitions.isEmpty()) {
                if (until.test(List.of())) {
                    return records;
                }
                partitions = awaitTopic(consumer, bootstrap, topic, timeout);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                consumer.poll(POLL).forEach(records::add);
                if (until.test(List.copyOf(records))) {
                    return records;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("Topic '" + topic + "' at " + bootstrap + ": condition not met within "
                            + timeout + " after reading " + records.size() + " record(s)");
                }
            }
        }
    }

    /**
     * Everything in {@code topic} now: reads from the beginning up to the end offsets as they were
     * when called. A topic that does not exist reads as empty.
     *
     * @throws AssertionError if those records cannot be read within {@code timeout}
     */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = partitions(consumer, topic, timeout);
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (!partitions.stream().allMatch(tp -> consumer.position(tp, timeout) >= end.get(tp))) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("Topic '" + topic + "' at " + bootstrap + ": could not read up to "
                            + end + " within " + timeout + "; got " + records.size() + " record(s)");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
            }
            return records;
        }
    }

    /** Sends one record and waits until the broker has acknowledged it (acks=all). */
    public static void sendRaw(String bootstrap, String topic, String key, byte[] value) {
        sendRaw(bootstrap, topic, key, value, Map.of());
    }

    /** Sends one record with headers and waits until the broker has acknowledged it (acks=all). */
    public static void sendRaw(String bootstrap, String topic, String key, byte[] value, Map<String, byte[]> headers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.CLIENT_ID_CONFIG, "kafka-test-client-producer",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, bytes) -> record.headers().add(name, bytes));
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to '" + topic + "' at " + bootstrap, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates the topics with {@code partitions} partitions and the broker's replication factor;
     * topics that exist already are left as they are.
     */
    public static void createTopics(String bootstrap, int partitions, String... topics) {
        List<NewTopic> newTopics = Arrays.stream(topics)
                .map(topic -> new NewTopic(topic, Optional.of(partitions), Optional.empty()))
                .toList();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.CLIENT_ID_CONFIG, "kafka-test-client-admin"))) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(newTopics).values().entrySet()) {
                try {
                    created.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic '" + created.getKey() + "' at " + bootstrap,
                                e.getCause());
                    }
                }
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Could not create topics " + Arrays.toString(topics) + " at " + bootstrap, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.CLIENT_ID_CONFIG, "kafka-test-client-reader",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // Reading must not create the topic with broker defaults before its producer does.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static List<TopicPartition> awaitTopic(KafkaConsumer<?, ?> consumer, String bootstrap, String topic,
            Duration timeout) {
        try {
            return Awaitility.await("topic '" + topic + "' to exist")
                    .atMost(timeout)
                    .pollInterval(POLL)
                    .pollInSameThread() // a KafkaConsumer belongs to one thread
                    .until(() -> partitions(consumer, topic, POLL), partitions -> !partitions.isEmpty());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Topic '" + topic + "' at " + bootstrap + " does not exist after " + timeout);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic, timeout);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return List.of();
        }
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }
}
