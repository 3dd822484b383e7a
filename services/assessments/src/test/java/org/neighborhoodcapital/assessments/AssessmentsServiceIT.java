package org.neighborhoodcapital.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.neighborhoodcapital.testsupport.Published.about;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.assessments.fixtures.AnswerSheets;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.http.Api.Answer;
import org.neighborhoodcapital.assessments.fixtures.ConsumerProgress;
import org.neighborhoodcapital.testsupport.Published;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.testsupport.KafkaTestClient;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * The assessments service over HTTP against a real Kafka broker and MongoDB-wire store, one Spring
 * context for all nested classes. Each test works with participants and centers of its own, so that
 * tests do not see each other's documents or records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AssessmentsServiceIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final List<Integer> MIXED = List.of(-3, -2, -1, 0, 1, 2, 3, -2, 0, -3);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Environment environment;

    Api api;
    UUID participant;
    String center;

    @BeforeEach
    void newParticipantAndCenter() {
        api = new Api(port);
        participant = UUID.randomUUID();
        center = "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String assessments() {
        return assessmentsOf(participant);
    }

    static String assessmentsOf(UUID participant) {
        return "/api/participants/" + participant + "/subjectivity-assessments";
    }

    String checkups() {
        return "/api/centers/" + center + "/model-assessments";
    }

    static Map<String, Object> submission(String version, Map<String, ?> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrumentVersion", version);
        body.put("answers", answers);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    long storedAssessmentsOf(UUID participantId) {
        return mongo.count(Query.query(Criteria.where("participantId").is(participantId.toString())), "subjectivityAssessments");
    }

    long storedCheckupsOf(String centerId) {
        return mongo.count(Query.query(Criteria.where("centerId").is(centerId)), "modelCheckups");
    }

    String submitComplete(UUID participantId) {
        Answer answer = api.postJson(assessmentsOf(participantId), submission("1", AnswerSheets.complete()));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("assessmentId").asString();
    }

    double counter(String name, String tag, String value) {
        Counter counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field()).as(answer.toString()).isEqualTo(field);
    }

    static List<String> errorFields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    @Nested
    class TheInstrument {

        @Test
        void versionOneIsServedWithItsSevenDimensionsItemsInRussianAndEnglishAndScoringRules() {
            Answer answer = api.get("/api/instruments/subjectivity/1");

            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode v1 = answer.json();
            assertThat(v1.get("instrument").asString()).isEqualTo("subjectivity");
            assertThat(v1.get("version").asString()).isEqualTo("1");
            assertThat(v1.get("scoring").get("answerMin").asInt()).isEqualTo(1);
            assertThat(v1.get("scoring").get("answerMax").asInt()).isEqualTo(5);
            assertThat(v1.get("scoring").get("minItemsPerDimension").asInt()).isEqualTo(2);
            assertThat(v1.get("scoring").get("minDimensionsForIndex").asInt()).isEqualTo(5);
            List<String> codes = new ArrayList<>();
            v1.get("dimensions").forEach(d -> {
                codes.add(d.get("code").asString());
                assertThat(d.get("items")).hasSize(3).allSatisfy(item -> {
                    assertThat(item.get("text").get("ru").asString()).isNotBlank();
                    assertThat(item.get("text").get("en").asString()).isNotBlank();
                    assertThat(item.get("reverse").isBoolean()).isTrue();
                });
            });
            assertThat(codes).containsExactly("BELONGING", "AGENCY", "RESPONSIBILITY", "COOPERATION", "INITIATIVE", "LEADERSHIP", "OPENNESS");
            assertThat(v1.get("dimensions").get(0).get("items").get(2).get("id").asString()).isEqualTo("BEL3");
            assertThat(v1.get("dimensions").get(0).get("items").get(2).get("reverse").asBoolean()).isTrue();
            assertThat(api.get("/api/instruments/subjectivity/v1").json()).isEqualTo(v1);
        }

        @Test
        void aVersionAddedAsAFileIsListedAndServed() {
            Answer versions = api.get("/api/instruments/subjectivity");
            Answer v2 = api.get("/api/instruments/subjectivity/2");

            assertThat(versions.json().get("versions")).extracting(JsonNode::asString).containsExactly("1", "2");
            assertThat(v2.status()).isEqualTo(200);
            assertThat(v2.json().get("scoring").get("answerMax").asInt()).isEqualTo(7);
            assertThat(v2.json().get("dimensions").get(0).get("items").get(0).get("id").asString()).isEqualTo("B2-HOME");
        }

        @Test
        void anUnknownVersionIsNotFound() {
            assertProblem(api.get("/api/instruments/subjectivity/9"), 404, "version");
        }
    }

    @Nested
    class SelfAssessments {

        @Test
        void aSubmissionIsScoredStoredAndAnnouncedWithScoresOnly() {
            double submittedBefore = counter("nc.assessments.submitted", "instrument", "1");
            Map<String, Object> body = with(submission("1", AnswerSheets.complete()), "answeredAt", "2025-05-20T17:45:00Z");

            Answer answer = api.postJson(assessments(), body);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            JsonNode view = answer.json();
            String assessmentId = view.get("assessmentId").asString();
            assertThat(answer.location()).endsWith(assessments() + "/" + assessmentId);
            assertThat(view.get("participantId").asString()).isEqualTo(participant.toString());
            assertThat(view.get("instrumentVersion").asString()).isEqualTo("1");
            assertThat(view.get("answeredAt").asString()).isEqualTo("2025-05-20T17:45:00Z");
            // worked out in AnswerSheets.complete()
            JsonNode scores = view.get("dimensionScores");
            assertThat(scores.get("BELONGING").asDouble()).isCloseTo(AnswerSheets.COMPLETE_BELONGING, within(1e-9));
            assertThat(scores.get("AGENCY").asDouble()).isCloseTo(AnswerSheets.COMPLETE_AGENCY, within(1e-9));
            assertThat(scores.get("INITIATIVE").asDouble()).isEqualTo(0.0);
            assertThat(scores.get("LEADERSHIP").asDouble()).isEqualTo(100.0);
            assertThat(view.get("subjectivityIndex").asDouble()).isCloseTo(AnswerSheets.COMPLETE_INDEX, within(1e-9));
            assertThat(view.has("answers")).isFalse();
            assertThat(storedAssessmentsOf(participant)).isEqualTo(1);
            assertThat(counter("nc.assessments.submitted", "instrument", "1")).isEqualTo(submittedBefore + 1);

            List<Published.Record> records = Published.await(Topics.ASSESSMENTS_SUBJECTIVITY, about(participant.toString()),
                    found -> !found.isEmpty());
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo(participant.toString());
                assertThat(record.envelope().source()).isEqualTo(Sources.ASSESSMENTS);
                assertThat(record.envelope().type()).isEqualTo("nc.assessments.SubjectivityAssessed.v1");
                assertThat(record.envelope().time()).isEqualTo(Instant.parse("2025-05-20T17:45:00Z"));
                assertThat(record.envelope().data()).isInstanceOfSatisfying(SubjectivityAssessed.class, assessed -> {
                    assertThat(assessed.assessmentId().toString()).isEqualTo(assessmentId);
                    assertThat(assessed.dimensionScores()).hasSize(7);
                    assertThat(assessed.subjectivityIndex()).isCloseTo(AnswerSheets.COMPLETE_INDEX, within(1e-9));
                });
                JsonNode data = EnvelopeCodec.mapper().readTree(record.raw()).get("data");
                assertThat(data.has("answers")).isFalse();
                assertThat(record.raw()).doesNotContain("BEL1", "AGE3", "LEA2", "OPE3");
            });
        }

        @Test
        void theListHoldsEveryAssessmentByAnswerTimeAndAnsweredAtDefaultsToNow() {
            Instant before = Instant.now();
            String later = api.postJson(assessments(), submission("1", AnswerSheets.allMiddle())).json().get("assessmentId").asString();
            String earlier = api.postJson(assessments(), with(submission("v1", AnswerSheets.complete()), "answeredAt", "2024-01-10T08:00:00Z"))
                    .json().get("assessmentId").asString();

            Answer list = api.get(assessments());

            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json()).extracting(a -> a.get("assessmentId").asString()).containsExactly(earlier, later);
            assertThat(Instant.parse(list.json().get(1).get("answeredAt").asString())).isBetween(before.minusSeconds(1), Instant.now());
            assertThat(list.json().get(1).get("subjectivityIndex").asDouble()).isEqualTo(50.0);
            assertThat(list.json().get(0).get("instrumentVersion").asString()).isEqualTo("1");
            assertThat(api.get(assessments() + "/" + earlier).json()).isEqualTo(list.json().get(0));
            assertProblem(api.get(assessments() + "/" + UUID.randomUUID()), 404, "assessmentId");
        }

        @Test
        void aVersionTwoSubmissionIsScoredByTheRulesOfVersionTwo() {
            // v2 (test resource): answers 1..7, reverse a → 8 − a, 1 item per dimension, 2 dimensions for the index
            // BELONGING  7, 2 (→ 6): (13 − 2) / 12 × 100 = 91.666…;  AGENCY 4, 7 (→ 1): (5 − 2) / 12 × 100 = 25
            // INITIATIVE 5: (5 − 1) / 6 × 100 = 66.666…;               SI = 183.333… / 3 = 61.111…
            Map<String, Integer> answers = Map.of("B2-HOME", 7, "B2-ALONE", 2, "A2-INFLUENCE", 4, "A2-OTHERS", 7, "I2-START", 5);

            Answer answer = api.postJson(assessments(), submission("2", answers));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            JsonNode scores = answer.json().get("dimensionScores");
            assertThat(scores.propertyNames()).containsExactly("BELONGING", "AGENCY", "INITIATIVE");
            assertThat(scores.get("BELONGING").asDouble()).isCloseTo(1100.0 / 12, within(1e-9));
            assertThat(scores.get("AGENCY").asDouble()).isEqualTo(25.0);
            assertThat(scores.get("INITIATIVE").asDouble()).isCloseTo(400.0 / 6, within(1e-9));
            assertThat(answer.json().get("subjectivityIndex").asDouble()).isCloseTo(550.0 / 9, within(1e-9));
            assertThat(answer.json().get("instrumentVersion").asString()).isEqualTo("2");
            assertThat(counter("nc.assessments.submitted", "instrument", "2")).isGreaterThanOrEqualTo(1);
            // what version 2 accepts, version 1 refuses, and the other way round
            assertProblem(api.postJson(assessments(), submission("1", answers)), 400, "answers.A2-INFLUENCE");
            assertProblem(api.postJson(assessments(), submission("2", AnswerSheets.complete())), 400, "answers.AGE1");
            assertThat(storedAssessmentsOf(participant)).isEqualTo(1);
        }
    }

    /** Every refused submission names the fields at fault and stores nothing (counted before and after). */
    @Nested
    class BadSelfAssessments {

        private long stored;

        @BeforeEach
        void oneAssessmentStoredAlready() {
            submitComplete(participant);
            stored = storedAssessmentsOf(participant);
            assertThat(stored).isEqualTo(1);
        }

        private void assertNothingMoreStored() {
            assertThat(storedAssessmentsOf(participant)).isEqualTo(stored);
        }

        @Test
        void anUnknownItemIsNamed() {
            Answer answer = api.postJson(assessments(), submission("1", AnswerSheets.with(AnswerSheets.complete(), "XYZ1", 3)));

            assertProblem(answer, 400, "answers.XYZ1");
            assertThat(answer.json().get("errors").get(0).get("message").asString()).contains("is not an item");
            assertNothingMoreStored();
        }

        @Test
        void answersOutOfRangeOrNotWholeNumbersAreEachNamed() {
            Map<String, Object> answers = new LinkedHashMap<>(AnswerSheets.complete());
            answers.put("BEL1", 0);
            answers.put("AGE2", 6);
            answers.put("RES1", 3.5);
            answers.put("COO1", "4");
            answers.put("INI1", null);

            Answer answer = api.postJson(assessments(), submission("1", answers));

            assertProblem(answer, 400, "answers.BEL1");
            assertThat(errorFields(answer)).containsExactly("answers.BEL1", "answers.AGE2", "answers.RES1", "answers.COO1", "answers.INI1");
            assertThat(answer.json().get("errors").get(2).get("message").asString()).isEqualTo("must be a whole number from 1 to 5");
            assertNothingMoreStored();
        }

        @Test
        void tooFewItemsForTheIndexNameTheUnansweredItems() {
            Map<String, Integer> answers = AnswerSheets.without(AnswerSheets.complete(), "COO2", "COO3", "INI1", "INI2", "LEA1", "LEA2", "LEA3");

            Answer answer = api.postJson(assessments(), submission("1", answers));

            assertProblem(answer, 400, "answers.COO2");
            assertThat(errorFields(answer)).containsExactly("answers.COO2", "answers.COO3", "answers.INI1", "answers.INI2",
                    "answers.LEA1", "answers.LEA2", "answers.LEA3");
            assertThat(answer.json().get("detail").asString()).contains("5 of 7 dimensions");
            assertNothingMoreStored();
        }

        @Test
        void anUnknownInstrumentVersionIsNamed() {
            Answer answer = api.postJson(assessments(), submission("9", AnswerSheets.complete()));

            assertProblem(answer, 422, "instrumentVersion");
            assertThat(answer.json().get("detail").asString()).contains("[1, 2]");
            assertProblem(api.postJson(assessments(), submission(null, AnswerSheets.complete())), 400, "instrumentVersion");
            assertNothingMoreStored();
        }

        @Test
        void aMalformedParticipantIdIsNamed() {
            Answer answer = api.postJson("/api/participants/not-a-uuid/subjectivity-assessments", submission("1", AnswerSheets.complete()));

            assertProblem(answer, 400, "participantId");
            assertProblem(api.get("/api/participants/42/subjectivity-assessments"), 400, "participantId");
            assertNothingMoreStored();
        }

        @Test
        void answersMissingOrAnAnswerTimeInTheFutureAreNamed() {
            assertProblem(api.postJson(assessments(), Map.of("instrumentVersion", "1")), 400, "answers");
            assertProblem(api.postJson(assessments(), with(submission("1", AnswerSheets.complete()), "answeredAt",
                    Instant.now().plus(Duration.ofDays(1)).toString())), 400, "answeredAt");
            assertProblem(api.postJson(assessments(), with(submission("1", AnswerSheets.complete()), "answeredAt", "yesterday")),
                    400, "answeredAt");
            assertProblem(api.postJson(assessments(), "{not json"), 400, "body");
            assertNothingMoreStored();
        }
    }

    @Nested
    class ModelCheckups {

        private Map<String, Object> checkup(List<?> positions) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("organizationType", "CLUB");
            body.put("assessorRole", "SELF");
            body.put("assessedAt", "2025-10-01T12:00:00Z");
            body.put("positions", positions);
            return body;
        }

        @Test
        void theScalesAndTheReferenceProfileAreServed() {
            Answer scales = api.get("/api/model/scales");
            Answer reference = api.get("/api/model/reference");

            assertThat(scales.status()).isEqualTo(200);
            assertThat(scales.json().get("scales")).hasSize(10);
            assertThat(scales.json().get("positionMin").asInt()).isEqualTo(-3);
            assertThat(scales.json().get("scales").get(0).get("leftPole").get("en").asString()).isEqualTo("Subject of socio-economic development");
            assertThat(scales.json().get("scales").get(0).get("rightPole").get("ru").asString()).isEqualTo("Объект территориального развития");
            assertThat(scales.json().get("scales").get(8).get("note").get("en").asString()).contains("deliberately false opposition");
            assertThat(reference.json().get("positions")).extracting(JsonNode::asInt).containsExactly(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2);
        }

        @Test
        void aCheckupIsMeasuredAgainstTheReferenceStoredAndAnnounced() {
            double before = counter("nc.model.checkups.submitted", "organizationType", "CLUB");

            Answer answer = api.postJson(checkups(), checkup(MIXED));

            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            JsonNode view = answer.json();
            String assessmentId = view.get("assessmentId").asString();
            assertThat(view.get("centerId").asString()).isEqualTo(center);
            assertThat(view.get("organizationType").asString()).isEqualTo("CLUB");
            assertThat(view.get("assessorRole").asString()).isEqualTo("SELF");
            assertThat(view.get("positions")).extracting(JsonNode::asInt).containsExactlyElementsOf(MIXED);
            // |diff| from the default reference: 1 0 1 2 3 4 5 0 0 1 → Σ 17 → distance 1.7, alignment 1 − 1.7 / 6 = 43/60
            assertThat(view.get("distance").asDouble()).isEqualTo(1.7);
            assertThat(view.get("alignment").asDouble()).isCloseTo(43.0 / 60, within(1e-12));
            assertThat(view.get("reference")).hasSize(10);
            assertThat(api.get(checkups()).json()).extracting(c -> c.get("assessmentId").asString()).containsExactly(assessmentId);
            assertThat(api.get(checkups() + "/" + assessmentId).json()).isEqualTo(view);
            assertThat(counter("nc.model.checkups.submitted", "organizationType", "CLUB")).isEqualTo(before + 1);

            List<Published.Record> records = Published.await(Topics.ASSESSMENTS_MODEL_CHECKUPS, about(center), found -> !found.isEmpty());
            assertThat(records).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo(center);
                assertThat(record.envelope().source()).isEqualTo(Sources.ASSESSMENTS);
                assertThat(record.envelope().time()).isEqualTo(Instant.parse("2025-10-01T12:00:00Z"));
                assertThat(record.envelope().data()).isInstanceOfSatisfying(CenterModelAssessed.class, assessed -> {
                    assertThat(assessed.assessmentId().toString()).isEqualTo(assessmentId);
                    assertThat(assessed.positions()).isEqualTo(MIXED);
                    assertThat(assessed.organizationType()).isEqualTo(OrganizationType.CLUB);
                    assertThat(assessed.assessorRole()).isEqualTo(AssessorRole.SELF);
                });
            });
        }

        @Test
        void aPositionOutsideTheScaleIsNamedByItsIndex() {
            List<Object> positions = new ArrayList<>(MIXED);
            positions.set(3, 4);
            positions.set(5, 1.5);

            Answer answer = api.postJson(checkups(), checkup(positions));

            assertProblem(answer, 400, "positions[3]");
            assertThat(errorFields(answer)).containsExactly("positions[3]", "positions[5]");
            assertThat(storedCheckupsOf(center)).isZero();
        }

        @Test
        void ninePositionsAreNamedAsPositions() {
            assertProblem(api.postJson(checkups(), checkup(MIXED.subList(0, 9))), 400, "positions");
            assertThat(storedCheckupsOf(center)).isZero();
        }

        @Test
        void anUnknownOrganizationTypeIsNamed() {
            Answer answer = api.postJson(checkups(), with(checkup(MIXED), "organizationType", "COOPERATIVE"));

            assertProblem(answer, 400, "organizationType");
            assertThat(answer.json().get("errors").get(0).get("message").asString()).contains("CENTER, CLUB, INITIATIVE_GROUP");
            assertThat(storedCheckupsOf(center)).isZero();
        }

        @Test
        void missingFieldsAndABadCenterIdAreNamed() {
            Map<String, Object> empty = new LinkedHashMap<>();

            assertThat(errorFields(api.postJson(checkups(), empty))).containsExactly("organizationType", "assessorRole", "positions");
            assertProblem(api.postJson("/api/centers/North_Yard/model-assessments", checkup(MIXED)), 400, "centerId");
            assertThat(storedCheckupsOf(center)).isZero();
        }
    }

    @Nested
    class Erasure {

        private void publishErasure(UUID participantId, Instant erasedAt) {
            Envelope<ParticipantErased> envelope = Envelope.withId(Envelope.deterministicId("erased", participantId.toString()),
                    Sources.MEMBERSHIPS, erasedAt, participantId.toString(), new ParticipantErased(participantId, erasedAt));
            KafkaTestClient.sendRaw(TestInfrastructure.kafkaBootstrapServers(), Topics.MEMBERSHIPS_PARTICIPANTS, participantId.toString(),
                    CODEC.encode(envelope));
        }

        private void awaitConsumed() {
            ConsumerProgress.awaitCaughtUp(environment.getProperty("spring.kafka.consumer.group-id"), Topics.MEMBERSHIPS_PARTICIPANTS, TIMEOUT);
        }

        @Test
        void anErasedParticipantsAssessmentsAreDeletedAndNewOnesRefused() {
            UUID neighbor = UUID.randomUUID();
            submitComplete(participant);
            submitComplete(participant);
            submitComplete(neighbor);
            assertThat(storedAssessmentsOf(participant)).isEqualTo(2);

            publishErasure(participant, Instant.parse("2026-01-15T10:00:00Z"));

            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(storedAssessmentsOf(participant)).isZero());
            assertProblem(api.postJson(assessments(), submission("1", AnswerSheets.complete())), 410, "participantId");
            assertProblem(api.get(assessments()), 410, "participantId");
            assertThat(storedAssessmentsOf(participant)).isZero();
            assertThat(storedAssessmentsOf(neighbor)).as("another participant keeps theirs").isEqualTo(1);
        }

        @Test
        void aReplayedErasureAndOtherParticipantRecordsChangeNothing() {
            UUID neighbor = UUID.randomUUID();
            publishErasure(participant, Instant.parse("2026-01-15T10:00:00Z"));
            await().atMost(TIMEOUT).untilAsserted(() -> assertProblem(api.get(assessments()), 410, "participantId"));
            submitComplete(neighbor);

            publishErasure(participant, Instant.parse("2026-02-20T10:00:00Z"));
            KafkaTestClient.sendRaw(TestInfrastructure.kafkaBootstrapServers(), Topics.MEMBERSHIPS_PARTICIPANTS, neighbor.toString(),
                    CODEC.encode(Envelope.of(Sources.MEMBERSHIPS, Instant.now(), neighbor.toString(),
                            new ConsentChanged(neighbor, false, Instant.now()))));
            awaitConsumed();

            List<org.bson.Document> tombstones = mongo.find(Query.query(Criteria.where("_id").is(participant.toString())),
                    org.bson.Document.class, "erasedParticipants");
            assertThat(tombstones).singleElement().satisfies(tombstone ->
                    assertThat(tombstone.getDate("erasedAt").toInstant()).isEqualTo(Instant.parse("2026-01-15T10:00:00Z")));
            assertThat(storedAssessmentsOf(neighbor)).isEqualTo(1);
            assertThat(api.get(assessmentsOf(neighbor)).json()).hasSize(1);
        }
    }
}
