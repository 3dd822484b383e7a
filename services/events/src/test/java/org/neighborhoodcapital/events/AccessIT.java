package org.neighborhoodcapital.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.neighborhoodcapital.events.checkin.persistence.CheckInRepository;
import org.neighborhoodcapital.events.fixtures.Residents;
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

import tools.jackson.databind.JsonNode;

/**
 * The access matrix of issue #3 over every endpoint of the events service: no token → 401; each
 * caller gets exactly what the matrix allows (the expected success status) or a 403 naming
 * {@code role} or {@code centerId}; a refused call changes nothing. Calls are about center "A",
 * prepared by a network admin with an event, a registration and an initiative: one such center for
 * the whole class, and a fresh one for each call that is allowed to change it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT {

    private static final Instant STARTS = Instant.parse("2025-03-01T18:00:00Z");
    private static final Instant ENDS = Instant.parse("2025-03-01T20:00:00Z");
    /** The other center: its staff and kiosk act for it, never for A. */
    private static final String CENTER_B = "access-center-b";

    /** Who calls; "_A" acts for the center the call is about, "_B" for another one. */
    enum Persona {
        ADMIN, STAFF_A, STAFF_B, KIOSK_A, KIOSK_B, ANALYST, PARTICIPANT;

        String role() {
            return switch (this) {
                case ADMIN -> "NETWORK_ADMIN";
                case STAFF_A, STAFF_B -> "CENTER_STAFF";
                case KIOSK_A, KIOSK_B -> "KIOSK";
                case ANALYST -> "ANALYST";
                case PARTICIPANT -> "PARTICIPANT";
            };
        }
    }

    /** A center with one event, one registration of the first resident and one initiative led by them. */
    record Center(String id, UUID event, UUID registration, UUID initiative) {
    }

    /** One endpoint: path template ({c}, {e}, {r}, {i}), a valid body, who may call it and what they get. */
    record Endpoint(String method, String template, String contentType, Function<Center, Object> body, Set<Persona> allowed,
                    int success) {

        String path(Center c) {
            return template.replace("{c}", c.id()).replace("{e}", c.event().toString())
                    .replace("{r}", c.registration().toString()).replace("{i}", c.initiative().toString());
        }

        boolean changes() {
            return !method.equals("GET");
        }

        boolean allowsRole(String role) {
            return allowed.stream().anyMatch(persona -> persona.role().equals(role));
        }

        /** A center role that may call this at its own center gets 403 {@code centerId} elsewhere; any other role 403 {@code role}. */
        String refusalFieldFor(Persona persona) {
            return allowsRole(persona.role()) ? "centerId" : "role";
        }

        @Override
        public String toString() {
            return method + " " + template + (contentType.equals("application/json") ? "" : " (" + contentType + ")");
        }
    }

    static Endpoint staffOnly(String method, String template, Function<Center, Object> body, int success) {
        return new Endpoint(method, template, "application/json", body, EnumSet.of(Persona.ADMIN, Persona.STAFF_A), success);
    }

    static Endpoint staffAndKiosk(String method, String template, String contentType, Function<Center, Object> body, int success) {
        return new Endpoint(method, template, contentType, body, EnumSet.of(Persona.ADMIN, Persona.STAFF_A, Persona.KIOSK_A), success);
    }

    /** Every endpoint of the events service, and the platform's audit trail it serves. */
    List<Endpoint> endpoints() {
        Function<Center, Object> none = c -> null;
        String events = "/api/centers/{c}/events";
        return List.of(
                staffOnly("POST", events, c -> lecture(), 201),
                staffAndKiosk("GET", events, "application/json", none, 200),
                staffAndKiosk("GET", events + "/{e}", "application/json", none, 200),
                staffOnly("POST", events + "/{e}/reschedule",
                        c -> Map.of("startsAt", STARTS.plusSeconds(3600).toString(), "endsAt", ENDS.plusSeconds(3600).toString()), 200),
                staffOnly("POST", events + "/{e}/cancel", c -> Map.of("reason", "the hall is flooded"), 200),
                staffAndKiosk("POST", events + "/{e}/registrations", "application/json",
                        c -> Map.of("participantId", secondResident.toString()), 201),
                staffAndKiosk("GET", events + "/{e}/registrations/{r}", "application/json", none, 200),
                staffAndKiosk("DELETE", events + "/{e}/registrations/{r}", "application/json", none, 204),
                staffAndKiosk("POST", "/api/centers/{c}/check-ins", "application/json",
                        c -> List.of(Map.of("eventId", c.event().toString(), "participantId", firstResident.toString())), 200),
                staffAndKiosk("POST", "/api/centers/{c}/check-ins", "application/x-ndjson",
                        c -> "{\"eventId\":\"" + c.event() + "\",\"participantId\":\"" + firstResident + "\"}\n", 200),
                staffOnly("POST", "/api/centers/{c}/initiatives",
                        c -> Map.of("title", "Seed library", "type", "SHARING", "leaderId", firstResident.toString()), 201),
                staffOnly("GET", "/api/centers/{c}/initiatives", none, 200),
                staffOnly("GET", "/api/centers/{c}/initiatives/{i}", none, 200),
                staffAndKiosk("GET", "/api/centers/{c}/calendar.ics", "application/json", none, 200),
                new Endpoint("GET", "/api/audit", "application/json", none, EnumSet.of(Persona.ADMIN), 200));
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    Api admin;
    UUID firstResident;
    UUID secondResident;
    /** Center A for every call that may not (or does not) change it. */
    Center shared;

    @BeforeAll
    void twoResidentsAndACenter() {
        admin = new Api(port);
        List<UUID> residents = new Residents(mongo).join(2);
        firstResident = residents.get(0);
        secondResident = residents.get(1);
        shared = aCenter();
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
        Answer answer = call(admin.anonymous(), endpoint, shared);

        assertProblem(answer, 401, "Authorization");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void staffOfAnotherCenterIsRefusedNamingTheCenterAndChangesNothing(Endpoint endpoint) {
        Answer answer = call(admin.as(TestTokens.centerStaff(CENTER_B)), endpoint, shared);

        assertProblem(answer, 403, endpoint.allowsRole("CENTER_STAFF") ? "centerId" : "role");
        assertUnchanged(endpoint, shared);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointAndCaller")
    void eachCallerGetsExactlyWhatTheAccessMatrixAllows(Endpoint endpoint, Persona persona) {
        boolean allowed = endpoint.allowed().contains(persona);
        Center center = allowed && endpoint.changes() ? aCenter() : shared;

        Answer answer = call(admin.as(tokenOf(persona, center)), endpoint, center);

        if (allowed) {
            assertThat(answer.status()).as(endpoint + " as " + persona + ": " + answer).isEqualTo(endpoint.success());
        } else {
            assertProblem(answer, 403, endpoint.refusalFieldFor(persona));
            assertUnchanged(endpoint, center);
        }
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

    @Test
    void anInvalidBodyFromAnotherCentersStaffIsRefusedBeforeItIsValidated() {
        Map<String, Object> endsBeforeItStarts = new LinkedHashMap<>(lecture());
        endsBeforeItStarts.put("endsAt", STARTS.minusSeconds(60).toString());

        Answer answer = admin.as(TestTokens.centerStaff(CENTER_B)).post("/api/centers/" + shared.id() + "/events", endsBeforeItStarts);

        assertProblem(answer, 403, "centerId");
    }

    // ---------------------------------------------------------------- helpers

    String tokenOf(Persona persona, Center center) {
        return switch (persona) {
            case ADMIN -> TestTokens.networkAdmin();
            case STAFF_A -> TestTokens.centerStaff(center.id());
            case STAFF_B -> TestTokens.centerStaff(CENTER_B);
            case KIOSK_A -> TestTokens.kiosk(center.id());
            case KIOSK_B -> TestTokens.kiosk(CENTER_B);
            case ANALYST -> TestTokens.analyst();
            case PARTICIPANT -> TestTokens.participant(firstResident);
        };
    }

    static Answer call(Api api, Endpoint endpoint, Center center) {
        return api.request(endpoint.method(), endpoint.path(center), endpoint.contentType(), endpoint.body().apply(center));
    }

    /** A center of its own with an event, the first resident registered for it, and an initiative: made by a network admin. */
    Center aCenter() {
        String id = "access-" + UUID.randomUUID().toString().substring(0, 8);
        Answer event = admin.post("/api/centers/" + id + "/events", lecture());
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        UUID eventId = UUID.fromString(event.get("eventId"));
        Answer registration = admin.post("/api/centers/" + id + "/events/" + eventId + "/registrations",
                Map.of("participantId", firstResident.toString()));
        assertThat(registration.status()).as(registration.toString()).isEqualTo(201);
        Answer initiative = admin.post("/api/centers/" + id + "/initiatives",
                Map.of("title", "Tool library", "type", "SHARING", "leaderId", firstResident.toString()));
        assertThat(initiative.status()).as(initiative.toString()).isEqualTo(201);
        return new Center(id, eventId, UUID.fromString(registration.get("registrationId")),
                UUID.fromString(initiative.get("initiativeId")));
    }

    /** After a refused change, the center is as {@link #aCenter()} made it: one event, scheduled, revision 1, one confirmed; one initiative; no check-in. */
    void assertUnchanged(Endpoint refused, Center center) {
        if (!refused.changes()) {
            return;
        }
        Answer events = admin.get("/api/centers/" + center.id() + "/events");
        assertThat(events.json()).as(events.toString()).hasSize(1);
        JsonNode event = events.json().get(0);
        assertThat(event.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(event.get("revision").asInt()).isEqualTo(1);
        assertThat(event.get("confirmed").asInt()).isEqualTo(1);
        assertThat(event.get("startsAt").asString()).isEqualTo(STARTS.toString());
        assertThat(admin.get("/api/centers/" + center.id() + "/initiatives").json()).hasSize(1);
        assertThat(mongo.count(Query.query(Criteria.where("centerId").is(center.id())), CheckInRepository.COLLECTION)).isZero();
    }

    static Map<String, Object> lecture() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Composting on a balcony");
        body.put("format", "LECTURE");
        body.put("startsAt", STARTS.toString());
        body.put("endsAt", ENDS.toString());
        body.put("capacity", 12);
        body.put("organizer", Map.of("kind", "STAFF"));
        return body;
    }

    static void assertProblem(Answer answer, int status, String field) {
        answer.assertProblem(status, field);
    }


}
