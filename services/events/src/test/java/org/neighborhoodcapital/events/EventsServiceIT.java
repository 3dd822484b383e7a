package org.neighborhoodcapital.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.neighborhoodcapital.testsupport.Published.about;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.contracts.events.RegistrationCancelled;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.events.RegistrationStatus;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.http.Api.Answer;
import org.neighborhoodcapital.testsupport.Published;
import org.neighborhoodcapital.events.fixtures.Residents;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The events service over HTTP against a real Kafka broker and MongoDB-wire store, one Spring
 * context for all nested classes. Each test works in a center of its own, so that tests do not see
 * each other's events, records or counters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class EventsServiceIT {

    private static final Logger log = LoggerFactory.getLogger(EventsServiceIT.class);
    private static final Instant STARTS = Instant.parse("2025-03-01T18:00:00Z");
    private static final Instant ENDS = Instant.parse("2025-03-01T20:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    Api api;
    Residents residents;
    String center;

    @BeforeEach
    void newCenter() {
        api = new Api(port);
        residents = new Residents(mongo);
        center = "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String events() {
        return "/api/centers/" + center + "/events";
    }

    static Map<String, Object> lecture(int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Composting on a balcony");
        body.put("format", "LECTURE");
        body.put("startsAt", STARTS.toString());
        body.put("endsAt", ENDS.toString());
        body.put("capacity", capacity);
        body.put("organizer", Map.of("kind", "STAFF"));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    String schedule(Map<String, Object> body) {
        Answer answer = api.postJson(events(), body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("eventId").asString();
    }

    String scheduleLecture(int capacity) {
        return schedule(lecture(capacity));
    }

    long storedCheckIns(String eventId) {
        return mongo.count(Query.query(Criteria.where("eventId").is(eventId)), "checkins");
    }

    static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field()).as(answer.toString()).isEqualTo(field);
    }

    @Nested
    class TheCalendar {

        @Test
        void schedulingAnswersTheEventAndPublishesEventScheduled() {
            UUID resident = residents.join();
            Map<String, Object> course = new LinkedHashMap<>(lecture(12));
            course.put("title", "Pottery for beginners");
            course.put("format", "COURSE");
            course.put("organizer", Map.of("kind", "RESIDENT", "participantId", resident.toString()));
            course.put("priceMinor", 1500);

            Answer answer = api.postJson(events(), course);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            JsonNode view = answer.json();
            String eventId = view.get("eventId").asString();
            assertThat(answer.location()).endsWith(events() + "/" + eventId);
            assertThat(view.get("centerId").asString()).isEqualTo(center);
            assertThat(view.get("status").asString()).isEqualTo("SCHEDULED");
            assertThat(view.get("revision").asInt()).isEqualTo(1);
            assertThat(view.get("currency").asString()).isEqualTo("EUR");
            assertThat(view.get("priceMinor").asLong()).isEqualTo(1500);
            assertThat(view.get("startsAt").asString()).isEqualTo("2025-03-01T18:00:00Z");
            assertThat(view.get("organizer").get("participantId").asString()).isEqualTo(resident.toString());
            assertThat(view.get("confirmed").asInt()).isZero();
            assertThat(view.get("waitlisted").asInt()).isZero();
            assertThat(api.get(answer.location().substring(answer.location().indexOf("/api"))).json()).isEqualTo(view);

            List<Published.Record> records = Published.await(Topics.EVENTS_CALENDAR, about(eventId), found -> !found.isEmpty());
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo(center);
                assertThat(record.envelope().source()).isEqualTo(Sources.EVENTS);
                assertThat(record.envelope().type()).isEqualTo("nc.events.EventScheduled.v1");
                assertThat(record.envelope().data()).isInstanceOfSatisfying(EventScheduled.class, scheduled -> {
                    assertThat(scheduled.format()).isEqualTo(EventFormat.COURSE);
                    assertThat(scheduled.organizer().kind()).isEqualTo(OrganizerKind.RESIDENT);
                    assertThat(scheduled.priceMinor()).isEqualTo(1500);
                    assertThat(scheduled.revision()).isEqualTo(1);
                });
            });
        }

        @Test
        void reschedulingAndCancellingRaiseTheRevisionAndArePublishedInOrder() {
            String eventId = scheduleLecture(20);
            String path = events() + "/" + eventId;

            Answer moved = api.postJson(path + "/reschedule", Map.of("startsAt", "2025-03-08T18:00:00Z", "endsAt", "2025-03-08T20:00:00Z"));
            Answer cancelled = api.postJson(path + "/cancel", Map.of("reason", "The hall is flooded"));
            Answer again = api.post(path + "/cancel");
            Answer movedAfterCancel = api.postJson(path + "/reschedule", Map.of("startsAt", "2025-03-09T18:00:00Z", "endsAt", "2025-03-09T20:00:00Z"));

            assertThat(moved.status()).isEqualTo(200);
            assertThat(moved.json().get("revision").asInt()).isEqualTo(2);
            assertThat(moved.json().get("startsAt").asString()).isEqualTo("2025-03-08T18:00:00Z");
            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
            assertThat(cancelled.json().get("revision").asInt()).isEqualTo(3);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("revision").asInt()).isEqualTo(3);
            assertProblem(movedAfterCancel, 409, "eventId");

            List<Published.Record> records = Published.await(Topics.EVENTS_CALENDAR, about(eventId), found -> found.size() >= 3);
            assertThat(records).extracting(r -> r.envelope().data().getClass().getSimpleName())
                    .containsExactly("EventScheduled", "EventRescheduled", "EventCancelled");
            assertThat(records.get(1).envelope().data()).isInstanceOfSatisfying(EventRescheduled.class,
                    r -> assertThat(r.revision()).isEqualTo(2));
            assertThat(records.get(2).envelope().data()).isInstanceOfSatisfying(EventCancelled.class, c -> {
                assertThat(c.revision()).isEqualTo(3);
                assertThat(c.reason()).isEqualTo("The hall is flooded");
            });
            assertThat(Published.now(Topics.EVENTS_CALENDAR, about(eventId))).as("the repeated cancel published nothing").hasSize(3);
        }

        @Test
        void theListIsOrderedByStartAndFilteredByFromAndTo() {
            String late = schedule(with(with(lecture(5), "startsAt", "2025-05-01T10:00:00Z"), "endsAt", "2025-05-01T11:00:00Z"));
            String early = schedule(with(with(lecture(5), "startsAt", "2025-01-01T10:00:00Z"), "endsAt", "2025-01-01T11:00:00Z"));
            String middle = scheduleLecture(5);

            List<String> all = ids(api.get(events()).json());
            List<String> window = ids(api.get(events() + "?from=2025-02-01T00:00:00Z&to=2025-05-01T10:00:00Z").json());

            assertThat(all).containsExactly(early, middle, late);
            assertThat(window).containsExactly(middle);
            assertProblem(api.get(events() + "?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z"), 400, "to");
        }

        private static List<String> ids(JsonNode array) {
            List<String> ids = new ArrayList<>();
            array.forEach(node -> ids.add(node.get("eventId").asString()));
            return ids;
        }

        @Test
        void anEventOfAnotherCenterIsNotFound() {
            String eventId = scheduleLecture(5);

            assertProblem(api.get("/api/centers/elsewhere-center/events/" + eventId), 404, "eventId");
        }

        @Test
        void theICalendarFeedHoldsEveryEventWithCrlfLines() {
            String open = scheduleLecture(5);
            String cancelled = schedule(with(lecture(5), "title", "Tea; cakes, and \\ songs"));
            api.postJson(events() + "/" + cancelled + "/cancel", Map.of());

            Answer feed = api.get("/api/centers/" + center + "/calendar.ics");

            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.contentType()).startsWith("text/calendar");
            assertThat(feed.text()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
            assertThat(feed.text().replace("\r\n", "")).doesNotContain("\n");
            assertThat(feed.text()).contains("UID:" + open + "@neighborhood-capital\r\n")
                    .contains("UID:" + cancelled + "@neighborhood-capital\r\n")
                    .contains("SUMMARY:Tea\\; cakes\\, and \\\\ songs\r\n")
                    .contains("STATUS:CANCELLED\r\nSEQUENCE:1\r\n")
                    .contains("DTSTART:20250301T180000Z\r\n");
            assertThat(feed.text().split("BEGIN:VEVENT", -1)).hasSize(3);
        }
    }

    @Nested
    class Registrations {

        @Test
        void placesFillThenTheWaitlistAndAFreedPlaceGoesToTheFirstWaitlisted() {
            String eventId = scheduleLecture(2);
            String path = events() + "/" + eventId + "/registrations";
            List<UUID> people = residents.join(4);

            List<JsonNode> registrations = new ArrayList<>();
            for (UUID person : people) {
                Answer answer = api.postJson(path, Map.of("participantId", person.toString()));
                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                registrations.add(answer.json());
            }
            Answer again = api.postJson(path, Map.of("participantId", people.get(2).toString()));
            Answer withdrawn = api.delete(path + "/" + registrations.get(0).get("registrationId").asString());
            Answer withdrawnAgain = api.delete(path + "/" + registrations.get(0).get("registrationId").asString());

            assertThat(registrations).extracting(r -> r.get("status").asString(), r -> r.path("waitlistPosition").isMissingNode() ? null : r.get("waitlistPosition").asInt())
                    .containsExactly(tuple("CONFIRMED", null), tuple("CONFIRMED", null), tuple("WAITLISTED", 1), tuple("WAITLISTED", 2));
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.json().get("registrationId")).isEqualTo(registrations.get(2).get("registrationId"));
            assertThat(withdrawn.status()).isEqualTo(204);
            assertThat(withdrawnAgain.status()).isEqualTo(204);
            JsonNode event = api.get(events() + "/" + eventId).json();
            assertThat(event.get("confirmed").asInt()).isEqualTo(2);
            assertThat(event.get("waitlisted").asInt()).isEqualTo(1);
            JsonNode promoted = api.get(path + "/" + registrations.get(2).get("registrationId").asString()).json();
            assertThat(promoted.get("status").asString()).isEqualTo("CONFIRMED");
            JsonNode stillWaiting = api.get(path + "/" + registrations.get(3).get("registrationId").asString()).json();
            assertThat(stillWaiting.get("waitlistPosition").asInt()).isEqualTo(1);

            List<Published.Record> records = Published.await(Topics.EVENTS_REGISTRATIONS, about(eventId), found -> found.size() >= 6);
            assertThat(records).extracting(r -> describe(r.envelope().data()))
                    .containsExactly(
                            "made " + people.get(0) + " CONFIRMED",
                            "made " + people.get(1) + " CONFIRMED",
                            "made " + people.get(2) + " WAITLISTED",
                            "made " + people.get(3) + " WAITLISTED",
                            "cancelled " + people.get(0),
                            "promoted " + people.get(2) + " CONFIRMED");
        }

        private static String describe(Object fact) {
            return switch (fact) {
                case RegistrationMade made -> (made.promotedFromWaitlist() ? "promoted " : "made ") + made.participantId() + " " + made.status();
                case RegistrationCancelled cancelled -> "cancelled " + cancelled.participantId();
                default -> fact.toString();
            };
        }

        @Test
        void concurrentRegistrationsNeverOverbookAndGetDistinctWaitlistPositions() throws Exception {
            String eventId = scheduleLecture(5);
            String path = events() + "/" + eventId + "/registrations";

            List<UUID> people = residents.join(20);
            List<JsonNode> answers;
            try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
                List<java.util.concurrent.Future<Answer>> futures = new ArrayList<>();
                for (UUID person : people) {
                    futures.add(pool.submit(() -> api.postJson(path, Map.of("participantId", person.toString()))));
                }
                answers = new ArrayList<>();
                for (var future : futures) {
                    Answer answer = future.get();
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                    answers.add(answer.json());
                }
            }

            assertThat(answers).filteredOn(a -> a.get("status").asString().equals("CONFIRMED")).hasSize(5);
            assertThat(answers).filteredOn(a -> a.get("status").asString().equals("WAITLISTED"))
                    .extracting(a -> a.get("waitlistPosition").asInt()).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
            JsonNode event = api.get(events() + "/" + eventId).json();
            assertThat(event.get("confirmed").asInt()).isEqualTo(5);
            assertThat(event.get("waitlisted").asInt()).isEqualTo(15);
        }

        @Test
        void aCancelledEventTakesNoRegistration() {
            String eventId = scheduleLecture(2);
            api.post(events() + "/" + eventId + "/cancel");

            Answer answer = api.postJson(events() + "/" + eventId + "/registrations", Map.of("participantId", residents.join().toString()));

            assertProblem(answer, 409, "eventId");
        }

        @Test
        void aRegistrationNeedsAWellFormedParticipant() {
            String eventId = scheduleLecture(2);

            assertProblem(api.postJson(events() + "/" + eventId + "/registrations", Map.of("participantId", "someone")), 400, "participantId");
            assertProblem(api.postJson(events() + "/" + eventId + "/registrations", Map.of()), 400, "participantId");
            assertProblem(api.delete(events() + "/" + eventId + "/registrations/" + UUID.randomUUID()), 404, "registrationId");
        }
    }

    @Nested
    class CheckIns {

        private String checkIns() {
            return "/api/centers/" + center + "/check-ins";
        }

        private static String line(String eventId, UUID participant) {
            return "{\"eventId\":\"" + eventId + "\",\"participantId\":\"" + participant + "\"}";
        }

        private double counter(String name) {
            Counter counter = meters.find(name).tag("center", center).counter();
            return counter == null ? 0 : counter.count();
        }

        @Test
        void repeatedCheckInsAreAcceptedCountedOnceAndPublishedOnce() {
            String eventId = scheduleLecture(50);
            List<UUID> people = residents.join(5);
            String ndjson = String.join("\n", line(eventId, people.get(0)), line(eventId, people.get(1)), "",
                    line(eventId, people.get(0)), line(eventId, people.get(2))) + "\n";
            List<Map<String, String>> array = List.of(
                    Map.of("eventId", eventId, "participantId", people.get(2).toString()),
                    Map.of("eventId", eventId, "participantId", people.get(3).toString(), "checkedInAt", "2025-03-01T18:07:00Z"),
                    Map.of("eventId", eventId, "participantId", people.get(4).toString()),
                    Map.of("eventId", eventId, "participantId", people.get(4).toString()));

            Answer first = api.postNdjson(checkIns(), ndjson);
            Answer second = api.postJson(checkIns(), array);
            Answer single = api.postJson(checkIns(), List.of(Map.of("eventId", eventId, "participantId", people.get(1).toString())));

            assertThat(counts(first)).containsExactly(4, 3, 1);
            assertThat(counts(second)).containsExactly(4, 2, 2);
            assertThat(counts(single)).containsExactly(1, 0, 1);
            assertThat(storedCheckIns(eventId)).isEqualTo(5);
            assertThat(counter("nc.checkins.accepted")).isEqualTo(5);
            assertThat(counter("nc.checkins.duplicate")).isEqualTo(4);

            List<Published.Record> records = Published.await(Topics.EVENTS_ATTENDANCE, about(eventId), found -> found.size() >= 5);
            Map<UUID, Long> perParticipant = Published.now(Topics.EVENTS_ATTENDANCE, about(eventId)).stream()
                    .collect(Collectors.groupingBy(r -> ((AttendanceRecorded) r.envelope().data()).participantId(), Collectors.counting()));
            assertThat(perParticipant).containsOnlyKeys(people).allSatisfy((participant, count) -> assertThat(count).isEqualTo(1));
            Published.Record withTime = records.stream()
                    .filter(r -> ((AttendanceRecorded) r.envelope().data()).participantId().equals(people.get(3))).findFirst().orElseThrow();
            assertThat(withTime.envelope().time()).isEqualTo(Instant.parse("2025-03-01T18:07:00Z"));
            assertThat(withTime.envelope().id()).isEqualTo(((AttendanceRecorded) withTime.envelope().data()).occurrenceId());
            assertThat(withTime.key()).isEqualTo(center);
        }

        private static List<Integer> counts(Answer answer) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode json = answer.json();
            return List.of(json.get("received").asInt(), json.get("accepted").asInt(), json.get("duplicate").asInt());
        }

        @Test
        void aCheckInForACancelledEventRefusesTheWholeBatchNamingTheLine() {
            String open = scheduleLecture(10);
            String cancelled = scheduleLecture(10);
            api.post(events() + "/" + cancelled + "/cancel");
            List<UUID> people = residents.join(2);
            String ndjson = line(open, people.get(0)) + "\n" + line(cancelled, people.get(1)) + "\n";

            Answer answer = api.postNdjson(checkIns(), ndjson);

            assertProblem(answer, 422, "eventId");
            assertThat(answer.json().get("errors")).singleElement().satisfies(error -> {
                assertThat(error.get("line").asInt()).isEqualTo(2);
                assertThat(error.get("message").asString()).contains("cancelled");
            });
            assertThat(storedCheckIns(open)).isZero();
            assertThat(storedCheckIns(cancelled)).isZero();
            assertThat(counter("nc.checkins.rejected")).isEqualTo(2);
            assertThat(counter("nc.checkins.accepted")).isZero();
        }

        @Test
        void unknownEventsAndEventsOfAnotherCenterAreRefusedByElement() {
            String open = scheduleLecture(10);
            String theirs = api.postJson("/api/centers/other-" + center + "/events", lecture(10)).json().get("eventId").asString();
            List<UUID> people = residents.join(3);

            Answer answer = api.postJson(checkIns(), List.of(
                    Map.of("eventId", open, "participantId", people.get(0).toString()),
                    Map.of("eventId", UUID.randomUUID().toString(), "participantId", people.get(1).toString()),
                    Map.of("eventId", theirs, "participantId", people.get(2).toString())));

            assertProblem(answer, 422, "eventId");
            assertThat(answer.json().get("errors")).extracting(e -> e.get("line").asInt(), e -> e.get("field").asString())
                    .containsExactly(tuple(2, "eventId"), tuple(3, "eventId"));
            assertThat(storedCheckIns(open)).isZero();
        }

        @Test
        void oneBrokenNdjsonLineRefusesTheBatchNamingLineAndField() {
            String eventId = scheduleLecture(10);
            String ndjson = line(eventId, UUID.randomUUID()) + "\n" + line(eventId, UUID.randomUUID()) + "\n"
                    + "{\"eventId\":\"" + eventId + "\",\"participantId\":\"not-a-uuid\"}\n" + "{broken\n";

            Answer answer = api.postNdjson(checkIns(), ndjson);

            assertProblem(answer, 400, "participantId");
            assertThat(answer.json().get("errors")).extracting(e -> e.get("line").asInt(), e -> e.get("field").asString())
                    .containsExactly(tuple(3, "participantId"), tuple(4, "body"));
            assertThat(storedCheckIns(eventId)).isZero();
            assertThat(counter("nc.checkins.rejected")).isEqualTo(4);
        }

        @Test
        void aBatchOfTenThousandAndOneIsRefusedNamingTheLimit() {
            String eventId = scheduleLecture(10);
            String ndjson = IntStream.range(0, 10_001).mapToObj(i -> line(eventId, UUID.randomUUID())).collect(Collectors.joining("\n"));
            String array = "[" + IntStream.range(0, 10_001).mapToObj(i -> line(eventId, UUID.randomUUID())).collect(Collectors.joining(",")) + "]";

            Answer asNdjson = api.postNdjson(checkIns(), ndjson);
            Answer asArray = api.postJson(checkIns(), array);

            for (Answer answer : List.of(asNdjson, asArray)) {
                assertProblem(answer, 413, "body");
                assertThat(answer.json().get("errors").get(0).get("line").asInt()).isEqualTo(10_001);
                assertThat(answer.json().get("detail").asString()).contains("10000");
            }
            assertThat(storedCheckIns(eventId)).isZero();
        }
    }

    /** Only participants known from memberships.participants.v1 and not erased take part; the home center does not matter. */
    @Nested
    class ParticipantChecks {

        private String checkIns() {
            return "/api/centers/" + center + "/check-ins";
        }

        private Answer register(String eventId, UUID participant) {
            return api.postJson(events() + "/" + eventId + "/registrations", Map.of("participantId", participant.toString()));
        }

        private Answer launchLedBy(UUID leader) {
            return api.postJson("/api/centers/" + center + "/initiatives",
                    Map.of("title", "Tool library", "type", "SHARING", "leaderId", leader.toString()));
        }

        private Answer scheduleOrganizedBy(UUID resident) {
            return api.postJson(events(), with(lecture(5), "organizer", Map.of("kind", "RESIDENT", "participantId", resident.toString())));
        }

        @Test
        void anUnknownParticipantRefusesTheWholeCheckInBatchNamingTheLine() {
            String eventId = scheduleLecture(10);
            List<UUID> known = residents.join(2);
            UUID stranger = UUID.randomUUID();
            String ndjson = String.join("\n",
                    "{\"eventId\":\"" + eventId + "\",\"participantId\":\"" + known.get(0) + "\"}",
                    "{\"eventId\":\"" + eventId + "\",\"participantId\":\"" + stranger + "\"}",
                    "{\"eventId\":\"" + eventId + "\",\"participantId\":\"" + known.get(1) + "\"}");

            Answer answer = api.postNdjson(checkIns(), ndjson);

            assertProblem(answer, 422, "participantId");
            assertThat(answer.json().get("errors")).singleElement().satisfies(error -> {
                assertThat(error.get("line").asInt()).isEqualTo(2);
                assertThat(error.get("field").asString()).isEqualTo("participantId");
                assertThat(error.get("message").asString()).contains(stranger.toString());
            });
            assertThat(storedCheckIns(eventId)).isZero();
        }

        @Test
        void anUnknownParticipantCanNeitherRegisterNorLeadAnInitiative() {
            String eventId = scheduleLecture(10);
            UUID stranger = UUID.randomUUID();

            assertProblem(register(eventId, stranger), 422, "participantId");
            assertProblem(launchLedBy(stranger), 422, "leaderId");
            assertThat(api.get(events() + "/" + eventId).json().get("confirmed").asInt()).isZero();
            assertThat(api.get("/api/centers/" + center + "/initiatives").json()).isEmpty();
        }

        @Test
        void anUnknownResidentOrganizerIsRefusedNamingTheField() {
            assertProblem(scheduleOrganizedBy(UUID.randomUUID()), 422, "organizer.participantId");
            assertThat(api.get(events()).json()).isEmpty();
        }

        @Test
        void anErasedParticipantIsRefusedWhereverTheyAreNamed() {
            String eventId = scheduleLecture(10);
            UUID erased = residents.join();
            assertThat(register(eventId, erased).status()).as("known before the erasure").isEqualTo(201);

            residents.erase(erased);

            assertProblem(register(scheduleLecture(10), erased), 422, "participantId");
            Answer checkIn = api.postJson(checkIns(), List.of(Map.of("eventId", eventId, "participantId", erased.toString())));
            assertProblem(checkIn, 422, "participantId");
            assertThat(checkIn.json().get("errors").get(0).get("line").asInt()).isEqualTo(1);
            assertProblem(scheduleOrganizedBy(erased), 422, "organizer.participantId");
            assertProblem(launchLedBy(erased), 422, "leaderId");
            assertThat(storedCheckIns(eventId)).isZero();
        }

        @Test
        void aReplayedJoiningAfterTheErasureDoesNotReviveTheParticipant() {
            UUID erased = residents.join();
            residents.erase(erased);

            residents.announceJoined(erased);
            residents.awaitEverythingBefore(erased.toString());

            assertThat(residents.stored(erased).getBoolean("erased")).isTrue();
            assertThat(residents.stored(erased).getString("homeCenterId")).isEqualTo(Residents.HOME_CENTER);
            assertProblem(register(scheduleLecture(10), erased), 422, "participantId");
        }

        @Test
        void participantsCheckInAtAnyCenterOfTheNetwork() {
            UUID resident = residents.join();
            String here = scheduleLecture(10);
            String elsewhere = api.postJson("/api/centers/away-" + center + "/events", lecture(10)).json().get("eventId").asString();

            Answer atThisCenter = api.postJson(checkIns(), List.of(Map.of("eventId", here, "participantId", resident.toString())));
            Answer atAnother = api.postJson("/api/centers/away-" + center + "/check-ins",
                    List.of(Map.of("eventId", elsewhere, "participantId", resident.toString())));

            assertThat(atThisCenter.status()).as(atThisCenter.toString()).isEqualTo(200);
            assertThat(atAnother.status()).as(atAnother.toString()).isEqualTo(200);
            assertThat(storedCheckIns(here)).isEqualTo(1);
            assertThat(storedCheckIns(elsewhere)).isEqualTo(1);
            assertThat(residents.stored(resident).getString("homeCenterId")).isNotIn(center, "away-" + center);
        }
    }

    /**
     * Runs last: the relay publishes 10,000 records in the background afterwards, which would only
     * slow down the waiting of other tests.
     */
    @Nested
    @Order(Integer.MAX_VALUE)
    class BulkCheckIns {

        @Test
        void tenThousandNdjsonCheckInsAreStoredInOneRequestAndTheSameAgainAreAllDuplicates() {
            String eventId = scheduleLecture(10);
            List<UUID> people = residents.join(10_000);
            String ndjson = people.stream()
                    .map(person -> "{\"eventId\":\"" + eventId + "\",\"participantId\":\"" + person + "\"}")
                    .collect(Collectors.joining("\n"));

            long started = System.nanoTime();
            Answer answer = api.postNdjson("/api/centers/" + center + "/check-ins", ndjson);
            long firstMs = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            Answer repeated = api.postNdjson("/api/centers/" + center + "/check-ins", ndjson);
            long repeatedMs = (System.nanoTime() - started) / 1_000_000;
            log.info("10,000 NDJSON check-ins answered in {} ms; the same 10,000 again (all duplicates) in {} ms", firstMs, repeatedMs);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.json().get("accepted").asInt()).isEqualTo(10_000);
            assertThat(answer.json().get("duplicate").asInt()).isZero();
            assertThat(repeated.json().get("accepted").asInt()).isZero();
            assertThat(repeated.json().get("duplicate").asInt()).isEqualTo(10_000);
            assertThat(storedCheckIns(eventId)).isEqualTo(10_000);
        }
    }

    @Nested
    class BadInput {

        private void assertNothingStored() {
            assertThat(api.get(events()).json()).isEmpty();
        }

        @Test
        void anUnknownFormatIsRefusedNamingTheField() {
            assertProblem(api.postJson(events(), with(lecture(5), "format", "RAVE")), 400, "format");
            assertNothingStored();
        }

        @Test
        void anEndBeforeTheStartIsRefusedNamingEndsAt() {
            assertProblem(api.postJson(events(), with(lecture(5), "endsAt", "2025-03-01T17:00:00Z")), 400, "endsAt");
            assertNothingStored();
        }

        @Test
        void aNegativeOrZeroCapacityIsRefused() {
            assertProblem(api.postJson(events(), lecture(-1)), 400, "capacity");
            assertProblem(api.postJson(events(), lecture(0)), 400, "capacity");
            assertNothingStored();
        }

        @Test
        void malformedUuidsAreRefusedNamingTheField() {
            assertProblem(api.postJson(events(), with(lecture(5), "organizer", Map.of("kind", "RESIDENT", "participantId", "ann"))),
                    400, "organizer.participantId");
            assertProblem(api.get(events() + "/not-a-uuid"), 400, "eventId");
            assertProblem(api.postJson(events(), with(lecture(5), "initiativeId", "42")), 400, "initiativeId");
            assertNothingStored();
        }

        @Test
        void organizerRulesAreEnforced() {
            assertProblem(api.postJson(events(), with(lecture(5), "organizer", Map.of("kind", "RESIDENT"))), 400, "organizer.participantId");
            assertProblem(api.postJson(events(), with(lecture(5), "organizer", Map.of("kind", "STAFF", "participantId", UUID.randomUUID().toString()))),
                    400, "organizer.participantId");
            assertNothingStored();
        }

        @Test
        void aPriceNeedsAnIsoCurrencyAndMustNotBeNegative() {
            assertProblem(api.postJson(events(), with(with(lecture(5), "priceMinor", 500), "currency", "euro")), 400, "currency");
            assertProblem(api.postJson(events(), with(lecture(5), "priceMinor", -5)), 400, "priceMinor");
            assertNothingStored();
        }

        @Test
        void everyMissingFieldIsListed() {
            Answer answer = api.postJson(events(), Map.of());

            assertProblem(answer, 400, "title");
            assertThat(answer.json().get("errors")).extracting(e -> e.get("field").asString())
                    .containsExactly("title", "format", "startsAt", "endsAt", "capacity", "organizer");
        }

        @Test
        void aCenterIdThatIsNotASlugIsRefused() {
            assertProblem(api.postJson("/api/centers/North_Harbour/events", lecture(5)), 400, "centerId");
            assertProblem(api.postNdjson("/api/centers/North_Harbour/check-ins", "{}"), 400, "centerId");
        }

        @Test
        void anUnknownInitiativeIsRefused() {
            assertProblem(api.postJson(events(), with(lecture(5), "initiativeId", UUID.randomUUID().toString())), 422, "initiativeId");
            assertNothingStored();
        }

        @Test
        void aBodyThatIsNotJsonIsRefused() {
            assertProblem(api.postJson(events(), "{\"title\": "), 400, "body");
            assertNothingStored();
        }
    }

    @Nested
    class Initiatives {

        @Test
        void launchingAnInitiativePublishesItAtItsLaunchTimeAndEventsMayBelongToIt() {
            UUID leader = residents.join();
            Answer launched = api.postJson("/api/centers/" + center + "/initiatives",
                    Map.of("title", "Tool library", "type", "SHARING", "leaderId", leader.toString(), "launchedAt", "2024-09-01T10:00:00Z"));

            assertThat(launched.status()).as(launched.toString()).isEqualTo(201);
            String initiativeId = launched.json().get("initiativeId").asString();
            assertThat(launched.location()).endsWith("/initiatives/" + initiativeId);
            assertThat(launched.json().get("launchedAt").asString()).isEqualTo("2024-09-01T10:00:00Z");
            assertThat(api.get("/api/centers/" + center + "/initiatives").json()).singleElement()
                    .satisfies(i -> assertThat(i.get("initiativeId").asString()).isEqualTo(initiativeId));
            String eventId = schedule(with(lecture(5), "initiativeId", initiativeId));
            assertThat(api.get(events() + "/" + eventId).json().get("initiativeId").asString()).isEqualTo(initiativeId);

            List<Published.Record> records = Published.await(Topics.EVENTS_INITIATIVES, about(initiativeId), found -> !found.isEmpty());
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.envelope().time()).isEqualTo(Instant.parse("2024-09-01T10:00:00Z"));
                assertThat(record.envelope().data()).isInstanceOfSatisfying(InitiativeLaunched.class, i -> {
                    assertThat(i.type()).isEqualTo(InitiativeType.SHARING);
                    assertThat(i.leaderId()).isEqualTo(leader);
                });
            });
        }

        @Test
        void anUnknownTypeIsRefusedNamingTheField() {
            assertProblem(api.postJson("/api/centers/" + center + "/initiatives",
                    Map.of("title", "Tool library", "type", "PARTY", "leaderId", UUID.randomUUID().toString())), 400, "type");
            assertThat(api.get("/api/centers/" + center + "/initiatives").json()).isEmpty();
        }
    }

    @Nested
    class Operations {

        @Test
        void readinessIsUp() {
            Answer readiness = api.get("/actuator/health/readiness");

            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
        }

        @Test
        void prometheusShowsCheckInCountersByCenterAndServiceAndTheOutboxLag() {
            String eventId = scheduleLecture(5);
            api.postJson("/api/centers/" + center + "/check-ins", List.of(Map.of("eventId", eventId, "participantId", residents.join().toString())));

            String scrape = api.get("/actuator/prometheus").text();

            assertThat(scrape).containsPattern("nc_checkins_accepted_total\\{[^}]*center=\"" + center + "\"[^}]*\\} 1\\.0")
                    .containsPattern("nc_checkins_accepted_total\\{[^}]*service=\"events\"")
                    .contains("nc_outbox_lag_seconds");
        }
    }

    /** Checks a stored event document: one per event, registrations inside, the outbox emptied by the relay. */
    @Test
    void anEventIsOneDocumentWhoseOutboxTheRelayEmpties() {
        String eventId = scheduleLecture(1);
        List<UUID> people = residents.join(2);
        assertThat(api.postJson(events() + "/" + eventId + "/registrations", Map.of("participantId", people.get(0).toString())).status()).isEqualTo(201);
        assertThat(api.postJson(events() + "/" + eventId + "/registrations", Map.of("participantId", people.get(1).toString())).status()).isEqualTo(201);

        Published.await(Topics.EVENTS_REGISTRATIONS, about(eventId), found -> found.size() >= 2);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document stored = mongo.findById(eventId, Document.class, "events");
            assertThat(stored).isNotNull();
            assertThat(stored.getList("confirmed", Document.class)).hasSize(1);
            assertThat(stored.getList("waitlist", Document.class)).hasSize(1);
            assertThat(stored.getList("outbox", Document.class)).isEmpty();
            assertThat(stored.getBoolean("outboxPending")).isFalse();
        });
        assertThat(mongo.getCollection("events").countDocuments(new Document("_id", eventId))).isEqualTo(1);
    }
}
