package org.neighborhoodcapital.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighborhoodcapital.assessments.checkup.persistence.ModelCheckupRepository;
import org.neighborhoodcapital.assessments.fixtures.AnswerSheets;
import org.neighborhoodcapital.assessments.fixtures.Members;
import org.neighborhoodcapital.assessments.subjectivity.persistence.SelfAssessmentRepository;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.http.ApiDocs;
import org.neighborhoodcapital.testsupport.http.Api.Answer;
import org.neighborhoodcapital.testsupport.security.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The access matrix of issue #3 over every endpoint of the assessments service: no token → 401;
 * each caller gets exactly what the matrix allows or a 403 naming {@code role}, {@code centerId} or
 * {@code participantId}, and a refused call stores nothing. One network, built once: center A, a
 * participant of A ("self", known from the memberships stream) with one self-assessment, a check-up
 * of A, and a participant of center B.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT {

    /** Who calls. {@code SELF} is the participant of A the call is about; {@code OTHER_PARTICIPANT} is the participant of B. */
    enum Persona {
        ADMIN, STAFF_A, STAFF_B, KIOSK_A, KIOSK_B, ANALYST, SELF, OTHER_PARTICIPANT;

        String role() {
            return switch (this) {
                case ADMIN -> "NETWORK_ADMIN";
                case STAFF_A, STAFF_B -> "CENTER_STAFF";
                case KIOSK_A, KIOSK_B -> "KIOSK";
                case ANALYST -> "ANALYST";
                case SELF, OTHER_PARTICIPANT -> "PARTICIPANT";
            };
        }
    }

    /**
     * One endpoint: path template ({c}, {p}, {a} = a self-assessment of p, {m} = a check-up of c, {v} = version 1), a
     * valid body, who may call it, what they get, and the field a 403 names when the role is right but
     * the center or person is not.
     */
    record Endpoint(String method, String template, Function<AccessIT, Object> body, Set<Persona> allowed, int success,
                    String scopeField) {

        boolean allowsRole(String role) {
            return allowed.stream().anyMatch(persona -> persona.role().equals(role));
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static Endpoint anyone(String template) {
        return new Endpoint("GET", template, it -> null, EnumSet.allOf(Persona.class), 200, "role");
    }

    static Endpoint selfAndHomeStaff(String method, String template, Function<AccessIT, Object> body, int success) {
        return new Endpoint(method, template, body, EnumSet.of(Persona.ADMIN, Persona.STAFF_A, Persona.SELF), success, "participantId");
    }

    static Endpoint centerStaff(String method, String template, Function<AccessIT, Object> body, int success) {
        return new Endpoint(method, template, body, EnumSet.of(Persona.ADMIN, Persona.STAFF_A), success, "centerId");
    }

    /** Every endpoint of the assessments service, and the platform's audit trail it serves. */
    static List<Endpoint> endpoints() {
        Function<AccessIT, Object> none = it -> null;
        String selfAssessments = "/api/participants/{p}/subjectivity-assessments";
        String checkups = "/api/centers/{c}/model-assessments";
        return List.of(
                anyone("/api/instruments/subjectivity"),
                anyone("/api/instruments/subjectivity/{v}"),
                anyone("/api/model/scales"),
                anyone("/api/model/reference"),
                selfAndHomeStaff("POST", selfAssessments, it -> selfAssessment(), 201),
                selfAndHomeStaff("GET", selfAssessments, none, 200),
                selfAndHomeStaff("GET", selfAssessments + "/{a}", none, 200),
                centerStaff("POST", checkups, it -> checkup(), 201),
                centerStaff("GET", checkups, none, 200),
                centerStaff("GET", checkups + "/{m}", none, 200),
                new Endpoint("GET", "/api/audit", none, EnumSet.of(Persona.ADMIN), 200, "role"));
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    Api admin;
    String centerA;
    String centerB;
    UUID self;
    UUID otherParticipant;
    String selfAssessmentId;
    String checkupId;

    @BeforeAll
    void aNetworkOfTwoCenters() {
        admin = new Api(port);
        centerA = "access-a-" + UUID.randomUUID().toString().substring(0, 8);
        centerB = "access-b-" + UUID.randomUUID().toString().substring(0, 8);
        Members members = new Members(mongo);
        otherParticipant = members.joinedAt(centerB);
        self = members.joinedAt(centerA);
        selfAssessmentId = created(admin.post(selfAssessmentsOf(self), selfAssessment()), "assessmentId");
        checkupId = created(admin.post("/api/centers/" + centerA + "/model-assessments", checkup()), "assessmentId");
    }

    Stream<Endpoint> everyEndpoint() {
        return endpoints().stream();
    }

    Stream<Arguments> everyEndpointAndCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Persona persona : Persona.values()) {
                cases.add(Arguments.of(endpoint, persona));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void withoutATokenEveryEndpointAnswers401AsProblemJson(Endpoint endpoint) {
        Answer answer = call(admin.anonymous(), endpoint);

        assertProblem(answer, 401, "Authorization");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void staffOfAnotherCenterIsRefusedCenterAsThingsNamingTheCenterOrParticipant(Endpoint endpoint) {
        long before = stored();

        Answer answer = call(admin.as(TestTokens.centerStaff(centerB)), endpoint);

        if (endpoint.allowed().contains(Persona.STAFF_B)) {
            assertThat(answer.status()).as(endpoint + ": " + answer).isEqualTo(endpoint.success());
        } else {
            assertProblem(answer, 403, endpoint.allowsRole("CENTER_STAFF") ? endpoint.scopeField() : "role");
            assertThat(stored()).as("stored after a refusal").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndCaller")
    void eachCallerGetsExactlyWhatTheAccessMatrixAllows(Endpoint endpoint, Persona persona) {
        long before = stored();

        Answer answer = call(admin.as(tokenOf(persona)), endpoint);

        if (endpoint.allowed().contains(persona)) {
            assertThat(answer.status()).as(endpoint + " as " + persona + ": " + answer).isEqualTo(endpoint.success());
        } else {
            assertProblem(answer, 403, endpoint.allowsRole(persona.role()) ? endpoint.scopeField() : "role");
            assertThat(stored()).as("stored after a refusal").isEqualTo(before);
        }
    }

    @Test
    void aParticipantSubmitsItsOwnSelfAssessmentButNotSomeoneElses() {
        Api asSelf = admin.as(TestTokens.participant(self));

        Answer own = asSelf.post(selfAssessmentsOf(self), selfAssessment());
        Answer someoneElses = asSelf.post(selfAssessmentsOf(otherParticipant), selfAssessment());

        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.get("participantId")).isEqualTo(self.toString());
        assertProblem(someoneElses, 403, "participantId");
        assertThat(storedSelfAssessmentsOf(otherParticipant)).isZero();
    }

    @Test
    void anUnknownParticipantIsForbiddenToStaffLikeAStrangerWhileAdminsAndTheParticipantItselfAreAnsweredAsBefore() {
        UUID unknown = UUID.randomUUID();
        Api staffOfA = admin.as(TestTokens.centerStaff(centerA));

        Answer unknownToStaff = staffOfA.get(selfAssessmentsOf(unknown));
        Answer strangerToStaff = staffOfA.get(selfAssessmentsOf(otherParticipant));
        Answer unknownToAdmin = admin.get(selfAssessmentsOf(unknown));
        Answer submittedByItself = admin.as(TestTokens.participant(unknown)).post(selfAssessmentsOf(unknown), selfAssessment());

        assertProblem(unknownToStaff, 403, "participantId");
        assertProblem(strangerToStaff, 403, "participantId");
        assertThat(unknownToStaff.get("detail").replace(unknown.toString(), "<id>"))
                .isEqualTo(strangerToStaff.get("detail").replace(otherParticipant.toString(), "<id>"));
        assertThat(unknownToAdmin.status()).as(unknownToAdmin.toString()).isEqualTo(200);
        assertThat(unknownToAdmin.json()).isEmpty();
        assertThat(submittedByItself.status()).as("a participant the replica does not know yet: " + submittedByItself).isEqualTo(201);
    }

    @Test
    void aBodyForAnotherCentersParticipantIsRefusedBeforeItIsValidated() {
        Answer answer = admin.as(TestTokens.centerStaff(centerB))
                .post(selfAssessmentsOf(self), Map.of("instrumentVersion", "no such version", "answers", Map.of()));

        assertProblem(answer, 403, "participantId");
    }

    @Test
    void theFirstJoiningSetsTheHomeCenterForGoodAndItsStaffStillLearnOfAnErasure() {
        Members members = new Members(mongo);
        UUID participant = members.joinedAt(centerA);

        members.announceJoined(participant, centerB); // a replay claiming another center
        members.erase(participant); // same key, so read after the replay: once the tombstone is there, the replay was applied

        assertThat(members.stored(participant).getString("homeCenterId")).isEqualTo(centerA);
        assertProblem(admin.as(TestTokens.centerStaff(centerA)).get(selfAssessmentsOf(participant)), 410, "participantId");
        assertProblem(admin.as(TestTokens.centerStaff(centerB)).get(selfAssessmentsOf(participant)), 403, "participantId");
    }

    @Test
    void theApiDescriptionIsOpenAndHoldsExactlyTheEndpointsCheckedHere() {
        Answer swaggerUi = admin.anonymous().get("/swagger-ui.html");

        assertThat(swaggerUi.status()).as(swaggerUi.toString()).isIn(200, 302);
        Set<String> described = ApiDocs.operations(admin);
        Set<String> checked = new TreeSet<>();
        endpoints().forEach(endpoint -> checked.add(ApiDocs.operation(endpoint.method(), endpoint.template())));
        assertThat(described).as("every endpoint of the service is in the matrix above").isEqualTo(checked);
    }

    // ---------------------------------------------------------------- helpers

    String tokenOf(Persona persona) {
        return switch (persona) {
            case ADMIN -> TestTokens.networkAdmin();
            case STAFF_A -> TestTokens.centerStaff(centerA);
            case STAFF_B -> TestTokens.centerStaff(centerB);
            case KIOSK_A -> TestTokens.kiosk(centerA);
            case KIOSK_B -> TestTokens.kiosk(centerB);
            case ANALYST -> TestTokens.analyst();
            case SELF -> TestTokens.participant(self);
            case OTHER_PARTICIPANT -> TestTokens.participant(otherParticipant);
        };
    }

    Answer call(Api api, Endpoint endpoint) {
        String path = endpoint.template().replace("{c}", centerA).replace("{p}", self.toString())
                .replace("{a}", selfAssessmentId).replace("{m}", checkupId).replace("{v}", "1");
        return api.request(endpoint.method(), path, "application/json", endpoint.body().apply(this));
    }

    /** Everything stored about A and its participant: a refused call must not change it. */
    long stored() {
        return storedSelfAssessmentsOf(self)
                + mongo.count(Query.query(Criteria.where("centerId").is(centerA)), ModelCheckupRepository.COLLECTION);
    }

    long storedSelfAssessmentsOf(UUID participant) {
        return mongo.count(Query.query(Criteria.where("participantId").is(participant.toString())), SelfAssessmentRepository.COLLECTION);
    }

    static String selfAssessmentsOf(UUID participant) {
        return "/api/participants/" + participant + "/subjectivity-assessments";
    }

    static Map<String, Object> selfAssessment() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instrumentVersion", "1");
        body.put("answers", AnswerSheets.complete());
        return body;
    }

    static Map<String, Object> checkup() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organizationType", "CENTER");
        body.put("assessorRole", "EXPERT");
        body.put("assessedAt", "2025-10-01T12:00:00Z");
        body.put("positions", List.of(-2, -2, -1, 0, 1, -2, -3, -2, 0, -1));
        return body;
    }

    static String created(Answer answer, String idField) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.get(idField);
    }

    static void assertProblem(Answer answer, int status, String field) {
        answer.assertProblem(status, field);
    }


}
