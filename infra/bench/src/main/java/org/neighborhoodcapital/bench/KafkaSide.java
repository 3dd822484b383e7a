package org.neighborhoodcapital.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The broker as the harness sees it: a producer like the services' (acks=all, idempotent), and consumer-group lag. */
final class KafkaSide implements AutoCloseable {

    private final String bootstrap;
    private final Admin admin;

    KafkaSide(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        this.admin = Admin.create(props);
    }

    String bootstrap() {
        return bootstrap;
    }

    /** Same settings as the raw producer test (a): acks=all, 64 KB batches, 5 ms linger. */
    KafkaProducer<String, byte[]> producer(String clientId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L << 20);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    void createTopic(String topic, int partitions) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    void deleteTopic(String topic) {
        try {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // leaving it costs disk only
        }
    }

    List<TopicPartition> partitions(Collection<String> topics) throws Exception {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
        return described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    /** The topics assigned to the group's members now (empty when it has none). */
    java.util.Set<String> assignedTopics(String group) throws Exception {
        var description = admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group);
        java.util.Set<String> topics = new java.util.TreeSet<>();
        if (description != null) {
            description.members().forEach(m -> m.assignment().topicPartitions().forEach(tp -> topics.add(tp.topic())));
        }
        return topics;
    }

    /** The sum of the offsets the request names (e.g. every partition's earliest). */
    long earliest(Map<TopicPartition, OffsetSpec> request) throws Exception {
        long sum = 0;
        for (var info : admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).values()) {
            sum += info.offset();
        }
        return sum;
    }

    long total(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The group's committed offsets on {@code partitions} (0 where it has none yet). */
    Map<TopicPartition, Long> committed(String group, Collection<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> offsets =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> result = new HashMap<>();
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata o = offsets.get(tp);
            result.put(tp, o == null ? 0L : o.offset());
        }
        return result;
    }

    /** How many records of {@code targets} (partition → offset to reach) the group has not committed yet. */
    long lag(String group, Map<TopicPartition, Long> targets) throws Exception {
        Map<TopicPartition, Long> committed = committed(group, targets.keySet());
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> e : targets.entrySet()) {
            lag += Math.max(0, e.getValue() - committed.get(e.getKey()));
        }
        return lag;
    }

    /**
     * Waits until {@code group} has committed up to {@code targets}, polling every {@code pollMillis};
     * reports the remaining lag to {@code progress} about once a second.
     *
     * @return nanoTime when it was first seen caught up
     * @throws TimeoutException with the remaining lag after {@code timeout}
     */
    long awaitCaughtUp(String group, Map<TopicPartition, Long> targets, Duration timeout, long pollMillis, LongConsumer progress)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastReport = System.nanoTime();
        while (true) {
            long lag = lag(group, targets);
            long now = System.nanoTime();
            if (lag == 0) {
                return now;
            }
            if (now > deadline) {
                throw new TimeoutException(group + " still " + lag + " records behind after " + timeout.toSeconds() + " s");
            }
            if (now - lastReport > 1_000_000_000L) {
                progress.accept(lag);
                lastReport = now;
            }
            Thread.sleep(pollMillis);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
