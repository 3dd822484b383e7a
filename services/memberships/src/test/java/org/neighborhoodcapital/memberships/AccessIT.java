package org.neighborhoodcapital.memberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.center;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.newCenterId;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.plan;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.resident;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.with;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.http.ApiDocs;
import org.neighborhoodcapital.testsupport.http.Api.Answer;
import org.neighborhoodcapital.testsupport.security.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The access matrix of issue #3 over every endpoint of the service, the personal data each caller
 * gets, and the audit trail of who read and erased whom. One network of two centers A and B (a plan,
 * a participant with a pass in each), built once by a network admin; allowed calls that change or
 * erase a participant act on a participant of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nc.memberships.personal-data-key=" + MembershipsServiceIT.KEY,
        "nc.memberships.passes.expiry-enabled=false",
        "nc.memberships.funnel.recheck-enabled=false"})
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class AccessIT {

    /** Who calls. {@code SELF} is the participant the call is about; {@code OTHER_PARTICIPANT} is somebody of center B. */
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

    /** What a call is about: center A and, when the path names one, a participant of A and its pass. */
    record Target(String center, UUID plan, UUID participant, UUID pass) {
    }

    /**
     * One endpoint: method, path template ({c}, {plan}, {p}, {pass}), a valid body, who may call it
     * (about center A's things), and the field a 403 names when the role is right but the center or
     * person is not. {@code ownParticipant}: the call changes the participant, so each call gets a fresh one.
     */
    record Endpoint(String method, String template, Function<Target, Object> body, Set<Persona> allowed, String scopeField,
                    boolean ownParticipant) {

        String path(Target t) {
            return template.replace("{c}", t.center()).replace("{plan}", String.valueOf(t.plan()))
                    .replace("{p}", String.valueOf(t.participant())).replace("{pass}", String.valueOf(t.pass()));
        }

        boolean allowsRole(String role) {
            return allowed.stream().anyMatch(persona -> persona.role().equals(role));
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    static Endpoint endpoint(String method, String template, Function<Target, Object> body, String scopeField, Persona... allowed) {
        Set<Persona> who = EnumSet.of(Persona.ADMIN, allowed);
        return new Endpoint(method, template, body, who, scopeField, false);
    }

    static Endpoint changingTheParticipant(String method, String template, Function<Target, Object> body, Persona... allowed) {
        Set<Persona> who = EnumSet.of(Persona.ADMIN, allowed);
        return new Endpoint(method, template, body, who, "participantId", true);
    }

    /** Every endpoint of memberships (and the platform's audit endpoint it serves). */
    static List<Endpoint> endpoints() {
        Function<Target, Object> none = t -> null;
        return List.of(
                endpoint("POST", "/api/centers", t -> center(newCenterId()), "role"),
                endpoint("PUT", "/api/centers/{c}", t -> with(center(t.center()), "id", null), "role"),
                endpoint("GET", "/api/centers", none, "role", Persona.ANALYST, Persona.STAFF_A, Persona.STAFF_B, Persona.KIOSK_A,
                        Persona.KIOSK_B),
                endpoint("GET", "/api/centers/{c}", none, "centerId", Persona.STAFF_A, Persona.KIOSK_A, Persona.ANALYST),
                endpoint("POST", "/api/centers/{c}/pass-plans", t -> plan("BASIC", 1_000_00, 30), "centerId", Persona.STAFF_A),
                endpoint("GET", "/api/centers/{c}/pass-plans", none, "centerId", Persona.STAFF_A, Persona.KIOSK_A),
                endpoint("GET", "/api/centers/{c}/pass-plans/{plan}", none, "centerId", Persona.STAFF_A, Persona.KIOSK_A),
                endpoint("POST", "/api/participants", t -> resident(t.center()), "homeCenterId", Persona.STAFF_A),
                endpoint("GET", "/api/participants/{p}", none, "participantId", Persona.STAFF_A, Persona.KIOSK_A, Persona.SELF),
                endpoint("POST", "/api/participants/{p}/consent", t -> Map.of("researchConsent", false), "participantId",
                        Persona.STAFF_A, Persona.SELF),
                changingTheParticipant("DELETE", "/api/participants/{p}", none, Persona.STAFF_A),
                changingTheParticipant("POST", "/api/participants/{p}/passes", t -> Map.of("planId", t.plan().toString()),
                        Persona.STAFF_A),
                endpoint("GET", "/api/participants/{p}/passes", none, "participantId", Persona.STAFF_A, Persona.SELF),
                endpoint("GET", "/api/participants/{p}/passes/{pass}", none, "participantId", Persona.STAFF_A, Persona.SELF),
                changingTheParticipant("POST", "/api/participants/{p}/passes/{pass}/renew", t -> Map.of(), Persona.STAFF_A),
                changingTheParticipant("POST", "/api/participants/{p}/passes/{pass}/cancel", t -> Map.of("refundMinor", 0),
                        Persona.STAFF_A),
                changingTheParticipant("POST", "/api/participants/{p}/promotions",
                        t -> Map.of("to", "PARTICIPANT", "reason", "came to every tea party"), Persona.STAFF_A),
                endpoint("GET", "/api/audit", none, "role"));
    }

    @LocalServerPort
    int port;

    Api admin;
    String centerA;
    String centerB;
    Target inA;
    Target inB;

    @BeforeAll
    void aNetworkOfTwoCenters() {
        admin = new Api(port);
        centerA = newCenterId();
        centerB = newCenterId();
        inA = aParticipantWithAPass(centerA, createCenterWithPlan(centerA));
        inB = aParticipantWithAPass(centerB, createCenterWithPlan(centerB));
    }

    // ---------------------------------------------------------------- the matrix

    Stream<Endpoint> everyEndpoint() {
        return endpoints().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void withoutATokenEveryEndpointAnswers401AsProblemJson(Endpoint endpoint) {
        Answer answer = call(admin.anonymous(), endpoint, inA);

        assertProblem(answer, 401, "Authorization");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void staffOfCenterBIsRefusedCenterAsThingsNamingTheCenterOrParticipant(Endpoint endpoint) {
        Target target = targetFor(endpoint, Persona.STAFF_B);
        Api staffOfB = admin.as(TestTokens.centerStaff(centerB));

        Answer answer = call(staffOfB, endpoint, target);

        if (endpoint.allowed().contains(Persona.STAFF_B)) {
            assertThat(answer.status()).as(endpoint + " " + answer).isNotIn(401, 403);
        } else {
            assertProblem(answer, 403, endpoint.allowsRole("CENTER_STAFF") ? endpoint.scopeField() : "role");
        }
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

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndCaller")
    void eachCallerGetsExactlyWhatTheAccessMatrixAllows(Endpoint endpoint, Persona persona) {
        Target target = targetFor(endpoint, persona);

        Answer answer = call(admin.as(tokenOf(persona, target)), endpoint, target);

        if (endpoint.allowed().contains(persona)) {
            assertThat(answer.status()).as(endpoint + " as " + persona + ": " + answer).isNotIn(401, 403).isLessThan(500);
        } else {
            assertProblem(answer, 403, endpoint.allowsRole(persona.role()) ? endpoint.scopeField() : "role");
        }
    }

    @Test
    void staffAndKiosksListOnlyTheirOwnCentersWhileAnalystsSeeAll() {
        List<String> seenByStaffOfA = centerIds(admin.as(TestTokens.centerStaff(centerA)).get("/api/centers"));
        List<String> seenByKioskOfB = centerIds(admin.as(TestTokens.kiosk(centerB)).get("/api/centers"));
        List<String> seenByAnalyst = centerIds(admin.as(TestTokens.analyst()).get("/api/centers"));

        assertThat(seenByStaffOfA).containsExactly(centerA);
        assertThat(seenByKioskOfB).containsExactly(centerB);
        assertThat(seenByAnalyst).contains(centerA, centerB);
    }

    @Test
    void anUnknownParticipantIsForbiddenLikeAStrangersToAllButAdminsWhoLearnItIsUnknown() {
        UUID unknown = UUID.randomUUID();
        Api staffOfA = admin.as(TestTokens.centerStaff(centerA));

        Answer unknownToStaff = staffOfA.get("/api/participants/" + unknown);
        Answer strangerToStaff = staffOfA.get("/api/participants/" + inB.participant());
        Answer unknownToAdmin = admin.get("/api/participants/" + unknown);

        assertProblem(unknownToStaff, 403, "participantId");
        assertProblem(strangerToStaff, 403, "participantId");
        assertThat(unknownToStaff.get("detail").replace(unknown.toString(), "<id>"))
                .isEqualTo(strangerToStaff.get("detail").replace(inB.participant().toString(), "<id>"));
        assertProblem(unknownToAdmin, 404, "participantId");
    }

    // ---------------------------------------------------------------- personal data and audit

    @Test
    void namesAndContactsGoOnlyToAdminsAndHomeStaffAndEveryReadAndErasureIsAudited(CapturedOutput output) {
        String name = "Agrippina Quillfeather-" + UUID.randomUUID().toString().substring(0, 6);
        String email = "agrippina." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        String phone = "+7 912 " + (1_000_000 + (int) (Math.random() * 8_999_999));
        Map<String, Object> body = with(with(with(resident(centerA), "displayName", name), "email", email), "phone", phone);
        Api staffOfA = admin.as(TestTokens.centerStaff(centerA));
        Answer joined = staffOfA.post("/api/participants", body);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        UUID id = UUID.fromString(joined.get("participantId"));
        String path = "/api/participants/" + id;

        Answer asAdmin = admin.get(path);
        Answer asHomeStaff = staffOfA.get(path);
        Answer asKiosk = admin.as(TestTokens.kiosk(centerA)).get(path);
        Answer asSelf = admin.as(TestTokens.participant(id)).get(path);
        Answer selfsPasses = admin.as(TestTokens.participant(id)).get(path + "/passes");

        for (Answer full : List.of(asAdmin, asHomeStaff)) {
            assertThat(full.status()).as(full.toString()).isEqualTo(200);
            assertThat(full.get("displayName")).isEqualTo(name);
            assertThat(full.get("email")).isEqualTo(email);
            assertThat(full.get("phone")).isEqualTo(phone);
        }
        for (Answer pseudonymous : List.of(asKiosk, asSelf, selfsPasses)) {
            assertThat(pseudonymous.status()).as(pseudonymous.toString()).isEqualTo(200);
            assertThat(pseudonymous.text()).doesNotContain(name).doesNotContain("Quillfeather").doesNotContain(email)
                    .doesNotContain(phone).doesNotContain(phone.replace(" ", "")).doesNotContain("displayName");
        }
        for (Answer pseudonymous : List.of(asKiosk, asSelf)) {
            JsonNode view = pseudonymous.json();
            assertThat(view.get("participantId").asString()).isEqualTo(id.toString());
            assertThat(view.get("homeCenterId").asString()).isEqualTo(centerA);
            assertThat(view.get("joinedAt").asString()).isEqualTo("2025-01-01T09:00:00Z");
            assertThat(view.get("stage").asString()).isEqualTo("NEIGHBOR");
            assertThat(view.get("researchConsent").asBoolean()).isTrue();
            assertThat(view.has("email")).isFalse();
            assertThat(view.has("phone")).isFalse();
        }

        Answer reads = admin.get("/api/audit?action=personal-data.read&target=participant/" + id);
        assertThat(reads.status()).as(reads.toString()).isEqualTo(200);
        assertThat(reads.json().findValuesAsString("subject")).containsExactlyInAnyOrder("test-admin", "test-staff-" + centerA);
        assertThat(reads.json().findValuesAsString("homeCenterId")).containsOnly(centerA).hasSize(2);

        Answer erased = staffOfA.request("DELETE", path, null, null);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
        Answer erasures = admin.get("/api/audit?action=participant.erase&target=participant/" + id);
        assertThat(erasures.json()).hasSize(1);
        assertThat(erasures.json().get(0).get("subject").asString()).isEqualTo("test-staff-" + centerA);
        assertThat(erasures.json().get(0).get("details").get("homeCenterId").asString()).isEqualTo(centerA);

        Answer wholeTrail = admin.get("/api/audit?limit=1000");
        assertThat(wholeTrail.text()).contains("participant/" + id).doesNotContain(name).doesNotContain(email)
                .doesNotContain(phone);
        assertThat(output.getAll()).contains(id.toString()).doesNotContain("Quillfeather").doesNotContain(email)
                .doesNotContain(phone).doesNotContain(phone.replace(" ", ""));
    }

    @Test
    void aSecondJoinWithTheSameEmailIsAConflictThatNeverEchoesTheEmailIntoTheLogs(CapturedOutput output) {
        String email = "twice." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Map<String, Object> body = with(resident(centerA), "email", email);
        Api staffOfA = admin.as(TestTokens.centerStaff(centerA));
        assertThat(staffOfA.post("/api/participants", body).status()).isEqualTo(201);

        Answer again = staffOfA.post("/api/participants", with(body, "phone", null));

        assertProblem(again, 409, "email");
        assertThat(output.getAll()).doesNotContain(email);
    }

    @Test
    void registeringACenterIsAuditedAndTheAuditTrailIsForNetworkAdminsOnly() {
        Answer registrations = admin.get("/api/audit?action=center.register&target=center/" + centerA);

        assertThat(registrations.json()).hasSize(1);
        assertThat(registrations.json().get(0).get("subject").asString()).isEqualTo("test-admin");
        assertProblem(admin.as(TestTokens.centerStaff(centerA)).get("/api/audit"), 403, "role");
        assertProblem(admin.as(TestTokens.analyst()).get("/api/audit"), 403, "role");
    }

    @Test
    void theApiDescriptionAndSwaggerUiAreOpenWithoutAToken() {
        Answer description = admin.anonymous().get("/v3/api-docs");
        Answer console = admin.anonymous().get("/swagger-ui.html");

        assertThat(description.status()).as(description.toString()).isEqualTo(200);
        assertThat(description.text()).contains("bearer");
        assertThat(console.status()).as(console.toString()).isIn(200, 302);
        Set<String> checked = new java.util.TreeSet<>();
        endpoints().forEach(endpoint -> checked.add(ApiDocs.operation(endpoint.method(), endpoint.template())));
        assertThat(ApiDocs.operations(admin)).as("every endpoint of the service is in the matrix above").isEqualTo(checked);
    }

    // ---------------------------------------------------------------- helpers

    /** A participant of its own when the call will change it; refused calls change nothing and share one. */
    Target targetFor(Endpoint endpoint, Persona persona) {
        return endpoint.ownParticipant() && endpoint.allowed().contains(persona) ? aParticipantWithAPass(centerA, inA.plan()) : inA;
    }

    String tokenOf(Persona persona, Target target) {
        return switch (persona) {
            case ADMIN -> TestTokens.networkAdmin();
            case STAFF_A -> TestTokens.centerStaff(centerA);
            case STAFF_B -> TestTokens.centerStaff(centerB);
            case KIOSK_A -> TestTokens.kiosk(centerA);
            case KIOSK_B -> TestTokens.kiosk(centerB);
            case ANALYST -> TestTokens.analyst();
            case SELF -> TestTokens.participant(target.participant());
            case OTHER_PARTICIPANT -> TestTokens.participant(inB.participant());
        };
    }

    static Answer call(Api api, Endpoint endpoint, Target target) {
        return api.request(endpoint.method(), endpoint.path(target), "application/json", endpoint.body().apply(target));
    }

    UUID createCenterWithPlan(String centerId) {
        Answer registered = admin.post("/api/centers", center(centerId));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Answer plan = admin.post("/api/centers/" + centerId + "/pass-plans", plan("BASIC", 1_000_00, 30));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        return UUID.fromString(plan.get("planId"));
    }

    Target aParticipantWithAPass(String centerId, UUID plan) {
        Answer joined = admin.post("/api/participants", resident(centerId));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        UUID participant = UUID.fromString(joined.get("participantId"));
        Answer bought = admin.post("/api/participants/" + participant + "/passes", Map.of("planId", plan.toString()));
        assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
        return new Target(centerId, plan, participant, UUID.fromString(bought.get("passId")));
    }

    static List<String> centerIds(Answer list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().findValuesAsString("id");
    }

    static void assertProblem(Answer answer, int status, String field) {
        answer.assertProblem(status, field);
    }
}
