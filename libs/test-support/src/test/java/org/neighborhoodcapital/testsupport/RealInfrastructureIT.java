package org.neighborhoodcapital.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

@SpringBootTest(classes = RealInfrastructureIT.App.class, webEnvironment = WebEnvironment.NONE)
@RealInfrastructure
class RealInfrastructureIT {

    static final String TOPIC = "real-infrastructure-greetings";

    @Autowired
    Environment environment;

    @Autowired
    MongoTemplate mongoTemplate;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    ConsumerFactory<?, ?> consumerFactory;

    @Autowired
    Greetings greetings;

    @Test
    void theContextIsPointedAtTheSharedBrokerAndStore() {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(TestInfrastructure.kafkaBootstrapServers());
        assertThat(environment.getProperty("spring.mongodb.uri"))
                .startsWith(TestInfrastructure.mongoUri() + "/realinfrastructureit_");
        assertThat(consumerFactory.getConfigurationProperties())
                .containsEntry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .hasEntrySatisfying(ConsumerConfig.GROUP_ID_CONFIG,
                        group -> assertThat(group.toString()).startsWith("RealInfrastructureIT-"))
                .hasEntrySatisfying(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        servers -> assertThat(servers.toString()).contains(TestInfrastructure.kafkaBootstrapServers()));
    }

    @Test
    void mongoTemplateWritesIntoTheDatabaseOfThisTestClass() {
        String database = mongoTemplate.getDb().getName();
        assertThat(database).startsWith("realinfrastructureit_");
        assertThat(environment.getProperty("spring.mongodb.uri")).endsWith("/" + database);

        mongoTemplate.save(new Visit("v-1", "center-3"));

        assertThat(mongoTemplate.findById("v-1", Visit.class)).isEqualTo(new Visit("v-1", "center-3"));
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
            assertThat(client.getDatabase(database).getCollection("visit").find(new Document("_id", "v-1")).first())
                    .isNotNull()
                    .containsEntry("center", "center-3");
        }
    }

    @Test
    void kafkaTemplateRecordsReachTheListenerOfTheContext() throws Exception {
        String greeting = "hello-" + UUID.randomUUID();

        kafkaTemplate.send(TOPIC, "center-3", greeting).get();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(greetings.received()).contains(greeting));
        assertThat(KafkaTestClient.readAll(TestInfrastructure.kafkaBootstrapServers(), TOPIC, Duration.ofSeconds(30))
                .stream().map(record -> new String(record.value(), StandardCharsets.UTF_8)).toList())
                .contains(greeting);
    }

    record Visit(@Id String id, String center) {
    }

    static final class Greetings {

        private final Queue<String> received = new ConcurrentLinkedQueue<>();

        @KafkaListener(topics = TOPIC)
        void on(String greeting) {
            received.add(greeting);
        }

        List<String> received() {
            return List.copyOf(received);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        NewTopic greetingsTopic() {
            return TopicBuilder.name(TOPIC).partitions(3).replicas(1).build();
        }

        @Bean
        Greetings greetings() {
            return new Greetings();
        }
    }
}
