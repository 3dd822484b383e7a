package org.neighborhoodcapital.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.testsupport.KafkaTestClient;
import org.neighborhoodcapital.testsupport.ServiceProcess;
import org.neighborhoodcapital.testsupport.TestInfrastructure;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * {@code kill -9} of the events service after a change is stored and before it is published (the
 * relay is held off to make that moment certain): after a restart the record is published.
 */
class EventsOutboxSurvivesKillIT {

    @Test
    void aChangeStoredBeforeTheCrashIsPublishedAfterTheRestart() {
        String namespace = Platform.newNamespace();
        String eventId;
        try (ServiceProcess events = Platform.start(Platform.service("events", namespace)
                .property("nc.outbox.relay-enabled", "false"))) {
            Http.Response scheduled = new Http(events.baseUrl()).postJson("/api/centers/kill-test/events", Map.of(
                    "title", "Repair café", "format", "WORKSHOP",
                    "startsAt", "2019-06-01T10:00:00Z", "endsAt", "2019-06-01T12:00:00Z",
                    "capacity", 20, "organizer", Map.of("kind", "STAFF")));
            assertThat(scheduled.status()).as(scheduled.raw()).isEqualTo(201);
            eventId = scheduled.body().get("eventId").asString();
            assertThat(pendingOutboxDocuments(namespace)).as("stored with its record pending").isPositive();
            events.kill();
        }
        assertThat(calendarRecordsAbout(eventId, Duration.ofSeconds(2))).as("nothing published before the crash").isEmpty();

        try (ServiceProcess restarted = Platform.start(Platform.service("events", namespace))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(calendarRecordsAbout(eventId, Duration.ofSeconds(2))).hasSize(1));
            await().atMost(Duration.ofSeconds(10)).until(() -> pendingOutboxDocuments(namespace) == 0);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> calendarRecordsAbout(String eventId, Duration wait) {
        return KafkaTestClient.readAll(TestInfrastructure.kafkaBootstrapServers(), Topics.EVENTS_CALENDAR, wait)
                .stream()
                .filter(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains(eventId))
                .toList();
    }

    private static long pendingOutboxDocuments(String namespace) {
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
            MongoDatabase database = client.getDatabase(namespace + "-events");
            long pending = 0;
            for (String collection : database.listCollectionNames()) {
                pending += database.getCollection(collection, Document.class).countDocuments(Filters.eq("outboxPending", true));
            }
            return pending;
        }
    }
}
