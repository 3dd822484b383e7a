package org.neighborhoodcapital.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TestInfrastructureIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void recordsSentToTheBrokerAreReadBackInOrderPerKey() {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        String topic = "round-trip-" + UUID.randomUUID();
        KafkaTestClient.createTopics(bootstrap, 3, topic);
        KafkaTestClient.createTopics(bootstrap, 3, topic); // idempotent

        for (int i = 1; i <= 3; i++) {
            KafkaTestClient.sendRaw(bootstrap, topic, "center-7", ("visit-" + i).getBytes(StandardCharsets.UTF_8));
        }
        KafkaTestClient.sendRaw(bootstrap, topic, "center-9", "visit-x".getBytes(StandardCharsets.UTF_8),
                Map.of("ce_type", "org.neighborhoodcapital.Test.v1".getBytes(StandardCharsets.UTF_8)));

        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.readAll(bootstrap, topic, TIMEOUT,
                read -> read.size() >= 4);

        assertThat(records).hasSize(4);
        assertThat(records.stream().filter(r -> r.key().equals("center-7")).map(r -> text(r.value())))
                .containsExactly("visit-1", "visit-2", "visit-3");
        ConsumerRecord<String, byte[]> withHeader = records.stream().filter(r -> r.key().equals("center-9")).findFirst().orElseThrow();
        assertThat(text(withHeader.headers().lastHeader("ce_type").value())).isEqualTo("org.neighborhoodcapital.Test.v1");
    }

    @Test
    void readingEverythingStopsAtTheRecordsPresentWhenCalled() {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        String topic = "drain-" + UUID.randomUUID();
        KafkaTestClient.createTopics(bootstrap, 3, topic);
        for (int i = 0; i < 5; i++) {
            KafkaTestClient.sendRaw(bootstrap, topic, "k" + i, new byte[] {(byte) i});
        }

        assertThat(KafkaTestClient.readAll(bootstrap, topic, TIMEOUT)).hasSize(5);
        assertThat(KafkaTestClient.readAll(bootstrap, "no-such-topic-" + UUID.randomUUID(), TIMEOUT)).isEmpty();
    }

    @Test
    void topicsAreCreatedAutomaticallyWithThreeDefaultPartitions() {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        String topic = "auto-created-" + UUID.randomUUID();

        KafkaTestClient.sendRaw(bootstrap, topic, "k", new byte[] {1});

        assertThat(KafkaTestClient.readAll(bootstrap, topic, TIMEOUT)).singleElement()
                .satisfies(record -> assertThat(record.partition()).isBetween(0, 2));
        assertThat(partitionCount(bootstrap, topic)).isEqualTo(3);
    }

    @Test
    void anUnmetConditionFailsWithWhatWasRead() {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        String topic = "unmet-" + UUID.randomUUID();
        KafkaTestClient.sendRaw(bootstrap, topic, "only", new byte[] {1});

        assertThatThrownBy(() -> KafkaTestClient.readAll(bootstrap, topic, Duration.ofSeconds(2), read -> read.size() >= 2))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(topic)
                .hasMessageContaining("after reading 1 record(s)");
    }

    @Test
    void aDocumentInsertedThroughTheSyncDriverIsFoundAgain() {
        String database = TestInfrastructure.uniqueDatabaseName("TestInfrastructureIT");
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri(database))) {
            MongoCollection<Document> participants = client.getDatabase(database).getCollection("participants");
            participants.insertOne(new Document("_id", "p-1").append("name", "Ada").append("visits", 3));

            Document found = participants.find(Filters.eq("_id", "p-1")).first();

            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Ada");
            assertThat(found.getInteger("visits")).isEqualTo(3);
            assertThat(client.listDatabaseNames().into(new ArrayList<>())).contains(database);
        }
    }

    @Test
    void theInfrastructureIsStartedOnceAndSharedByTheJvm() {
        assertThat(TestInfrastructure.kafkaBootstrapServers()).isSameAs(TestInfrastructure.kafkaBootstrapServers());
        assertThat(TestInfrastructure.mongoUri()).isSameAs(TestInfrastructure.mongoUri());
        assertThat(TestInfrastructure.mongoUri()).startsWith("mongodb://");
        assertThat(TestInfrastructure.mongoUri().substring("mongodb://".length())).doesNotContain("/");
        assertThat(TestInfrastructure.mongoUri("reports")).isEqualTo(TestInfrastructure.mongoUri() + "/reports");
        if (!TestInfrastructure.usingContainers()) {
            assertThat(TestInfrastructure.mongoUri()).startsWith("mongodb://127.0.0.1:");
        }
    }

    private static int partitionCount(String bootstrap, String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
