package org.neighborhoodcapital.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.neighborhoodcapital.testsupport.Published.about;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.Published;
import org.neighborhoodcapital.events.fixtures.Residents;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.neighborhoodcapital.testsupport.security.TestIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * {@code nc.outbox.relay-enabled=false} stands for a service that stored a change and died before
 * publishing it: the change and its record sit in the document, nothing reaches Kafka. A service
 * instance started later over the same database publishes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nc.outbox.relay-enabled=false")
@RealInfrastructure
class OutboxRelaySwitchIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.mongodb.uri}")
    String mongoUri;

    @Value("${spring.mongodb.database}")
    String database;

    @Test
    void aStoredChangeWaitsUntilARelayStartsAndIsThenPublishedOnce() {
        String center = "relay-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> lecture = new LinkedHashMap<>();
        lecture.put("title", "Repair café");
        lecture.put("format", "WORKSHOP");
        lecture.put("startsAt", "2025-03-01T18:00:00Z");
        lecture.put("endsAt", "2025-03-01T20:00:00Z");
        lecture.put("capacity", 10);
        lecture.put("organizer", Map.of("kind", "STAFF"));
        Api api = new Api(port);
        Api.Answer scheduled = api.postJson("/api/centers/" + center + "/events", lecture);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        String eventId = scheduled.json().get("eventId").asString();
        UUID participant = new Residents(mongo).join();
        Api.Answer checkedIn = api.postJson("/api/centers/" + center + "/check-ins",
                List.of(Map.of("eventId", eventId, "participantId", participant.toString(), "checkedInAt", "2025-03-01T18:10:00Z")));
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        UUID occurrence = new AttendanceRecorded(UUID.fromString(eventId), center, participant, Instant.parse("2025-03-01T18:10:00Z")).occurrenceId();

        Document stored = mongo.findById(eventId, Document.class, "events");
        assertThat(stored.getBoolean("outboxPending")).isTrue();
        assertThat(stored.getList("outbox", Document.class)).singleElement()
                .satisfies(message -> assertThat(message.getString("topic")).isEqualTo(Topics.EVENTS_CALENDAR));
        Document checkIn = mongo.findById(eventId + ":" + participant, Document.class, "checkins");
        assertThat(checkIn.getBoolean("outboxPending")).isTrue();
        assertThat(checkIn.getList("outbox", Document.class)).singleElement().satisfies(message -> {
            assertThat(message.get("_id")).isEqualTo(occurrence);
            assertThat(message.getString("topic")).isEqualTo(Topics.EVENTS_ATTENDANCE);
            assertThat(message.getString("key")).isEqualTo(center);
        });
        // each look reads both topics whole (10,000s of records after the other ITs): allow it time
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).until(() ->
                Published.now(Topics.EVENTS_CALENDAR, about(eventId)).isEmpty() && Published.now(Topics.EVENTS_ATTENDANCE, about(eventId)).isEmpty());

        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.mongodb.database=" + database,
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--nc.outbox.relay-enabled=true"));
        // the second instance is a resource server too: it needs to know the test's token issuer
        TestIssuer.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
        try (ConfigurableApplicationContext relay = new SpringApplicationBuilder(EventsApplication.class)
                .run(arguments.toArray(String[]::new))) {
            List<Published.Record> records = Published.await(Topics.EVENTS_CALENDAR, about(eventId), found -> !found.isEmpty());
            assertThat(records).singleElement().satisfies(r -> assertThat(r.envelope().data()).isInstanceOf(EventScheduled.class));
            List<Published.Record> attendance = Published.await(Topics.EVENTS_ATTENDANCE, about(eventId), found -> !found.isEmpty());
            assertThat(attendance).singleElement().satisfies(r -> assertThat(r.envelope().id()).isEqualTo(occurrence));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(mongo.findById(eventId, Document.class, "events").getBoolean("outboxPending")).isFalse());
        }
        assertThat(Published.now(Topics.EVENTS_CALENDAR, about(eventId))).hasSize(1);
        assertThat(Published.now(Topics.EVENTS_ATTENDANCE, about(eventId))).hasSize(1);
    }
}
