package org.neighborhoodcapital.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.neighborhoodcapital.contracts.EnvelopeCodec;

import tools.jackson.databind.JsonNode;

/**
 * One center with one of everything, created through the public APIs by a network admin: a participant
 * (and a second one to erase), a pass plan and a pass, an event (and a second one to cancel) with a
 * registration, an initiative, a self-assessment and a model check-up. {@link #values()} fills the
 * {@link AccessMatrix} templates.
 */
final class AccessFixture {

    /** A person's personal data: each value is distinctive, so that finding it anywhere means it leaked. */
    record Person(String displayName, String email, String phone) {

        /** What must never appear where personal data is not allowed: the name, its surname, the e-mail, the phone in two spellings. */
        List<String> needles() {
            return List.of(displayName, displayName.substring(displayName.lastIndexOf(' ') + 1), email, phone,
                    phone.replaceAll("[^0-9]", ""));
        }
    }

    static final Person A_PARTICIPANT = new Person("Zelda Quokkaberg", "zelda.q.8731@example.org", "+49 170 5550 8731");
    static final Person A_ERASED = new Person("Ignatius Flumpernickel", "ignatius.f.4402@example.org", "+49 170 5550 4402");
    static final Person B_PARTICIPANT = new Person("Bartholomew Snickerwhistle", "bart.s.6619@example.org", "+49 170 5550 6619");
    static final Person B_ERASED = new Person("Philippa Grumbleweed", "philippa.g.2290@example.org", "+49 170 5550 2290");
    /** Joined by the allowed calls of {@code POST /api/participants} during the walk. */
    static final Person JOINED_BY_THE_WALK = new Person("Octavia Wimbledrum", "octavia.w.5173@example.org", "+49 170 5550 5173");
    /** Joined, read and erased by the audit test. */
    static final Person AUDITED = new Person("Cornelius Pumpernoodle", "cornelius.p.3368@example.org", "+49 170 5550 3368");

    static final List<Person> EVERYONE = List.of(A_PARTICIPANT, A_ERASED, B_PARTICIPANT, B_ERASED, JOINED_BY_THE_WALK, AUDITED);

    static final int YEAR = 2026;

    static final String MODEL_CHECKUP = """
            {"assessedAt":"2026-04-01T10:00:00Z","organizationType":"CENTER","assessorRole":"SELF",
             "positions":[-2,-1,0,1,2,3,-3,0,0,-2]}""";

    private final String centerId;
    private final Map<String, String> values = new LinkedHashMap<>();

    private AccessFixture(String centerId) {
        this.centerId = centerId;
    }

    String centerId() {
        return centerId;
    }

    UUID participantId() {
        return UUID.fromString(values.get("p"));
    }

    /** Template name → value, e.g. {@code c} → the center id. */
    Map<String, String> values() {
        return values;
    }

    /** The template with every {@code {name}} of {@link #values()} replaced. */
    String fill(String template) {
        if (template == null) {
            return null;
        }
        String filled = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    static String joinBody(String centerId, Person person) {
        return "{\"homeCenterId\":\"" + centerId + "\",\"displayName\":\"" + person.displayName() + "\",\"email\":\"" + person.email()
                + "\",\"phone\":\"" + person.phone() + "\",\"researchConsent\":true,\"joinedAt\":\"2026-01-15T10:00:00Z\"}";
    }

    /** Registers the center and creates one of everything at it, as a network admin. */
    static AccessFixture create(String centerId, Person participant, Person erased, Map<AccessMatrix.Service, Http> admin,
                                String newCenterId) {
        AccessFixture fixture = new AccessFixture(centerId);
        Http memberships = admin.get(AccessMatrix.Service.MEMBERSHIPS);
        Http events = admin.get(AccessMatrix.Service.EVENTS);
        Http assessments = admin.get(AccessMatrix.Service.ASSESSMENTS);
        Map<String, String> v = fixture.values;
        v.put("c", centerId);
        v.put("y", String.valueOf(YEAR));
        v.put("newCenter", newCenterId);

        // No operating budget: the broker is shared by the module's test classes, and reporting's network
        // self-sufficiency divides by the budgets of every center it has heard of, whatever the year.
        created(memberships.request("POST", "/api/centers", AccessMatrix.JSON,
                "{\"id\":\"%s\",\"name\":\"Center %s\",\"city\":\"Kazan\",\"timezone\":\"Europe/Moscow\"}"
                        .formatted(centerId, centerId)), "center");
        v.put("p", created(memberships.request("POST", "/api/participants", AccessMatrix.JSON, joinBody(centerId, participant)),
                "participant").get("participantId").asString());
        v.put("pErase", created(memberships.request("POST", "/api/participants", AccessMatrix.JSON, joinBody(centerId, erased)),
                "participant to erase").get("participantId").asString());
        v.put("plan", created(memberships.request("POST", "/api/centers/" + centerId + "/pass-plans", AccessMatrix.JSON,
                "{\"name\":\"Spring\",\"tier\":\"STANDARD\",\"priceMinor\":90000,\"currency\":\"RUB\",\"durationDays\":90,\"scope\":\"CENTER\"}"),
                "pass plan").get("planId").asString());
        v.put("pass", created(memberships.request("POST", "/api/participants/" + v.get("p") + "/passes", AccessMatrix.JSON,
                "{\"planId\":\"" + v.get("plan") + "\",\"purchasedAt\":\"2026-02-01T10:00:00Z\"}"), "pass").get("passId").asString());

        String schedule = """
                {"title":"%s","format":"READING","startsAt":"2026-03-02T09:00:00Z","endsAt":"2026-03-02T12:00:00Z",
                 "capacity":40,"organizer":{"kind":"STAFF"},"priceMinor":0}""";
        v.put("e", created(untilKnown(() -> events.request("POST", "/api/centers/" + centerId + "/events", AccessMatrix.JSON,
                schedule.formatted("Poetry evening"))), "event").get("eventId").asString());
        v.put("eCancel", created(events.request("POST", "/api/centers/" + centerId + "/events", AccessMatrix.JSON,
                schedule.formatted("Board games")), "event to cancel").get("eventId").asString());
        v.put("i", created(untilKnown(() -> events.request("POST", "/api/centers/" + centerId + "/initiatives", AccessMatrix.JSON,
                "{\"title\":\"Tool library\",\"type\":\"SHARING\",\"leaderId\":\"" + v.get("p") + "\",\"launchedAt\":\"2026-01-20T10:00:00Z\"}")),
                "initiative").get("initiativeId").asString());
        v.put("r", created(untilKnown(() -> events.request("POST", "/api/centers/" + centerId + "/events/" + v.get("e") + "/registrations",
                AccessMatrix.JSON, "{\"participantId\":\"" + v.get("p") + "\"}")), "registration").get("registrationId").asString());

        Http.Response instrument = assessments.get("/api/instruments/subjectivity/1");
        assertThat(instrument.status()).as(instrument.raw()).isEqualTo(200);
        v.put("v", "1");
        v.put("selfAssessmentBody", selfAssessment(instrument.body()));
        v.put("sa", created(untilKnown(() -> assessments.request("POST", "/api/participants/" + v.get("p") + "/subjectivity-assessments",
                AccessMatrix.JSON, v.get("selfAssessmentBody"))), "self-assessment").get("assessmentId").asString());
        v.put("ma", created(assessments.request("POST", "/api/centers/" + centerId + "/model-assessments", AccessMatrix.JSON,
                MODEL_CHECKUP), "model check-up").get("assessmentId").asString());
        return fixture;
    }

    /** Every item of the instrument answered with the middle of the scale. */
    private static String selfAssessment(JsonNode instrument) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        int middle = (instrument.get("scoring").get("answerMin").asInt() + instrument.get("scoring").get("answerMax").asInt()) / 2;
        List<JsonNode> dimensions = new ArrayList<>();
        instrument.get("dimensions").forEach(dimensions::add);
        for (JsonNode dimension : dimensions) {
            dimension.get("items").forEach(item -> answers.put(item.get("id").asString(), middle));
        }
        return EnvelopeCodec.mapper().writeValueAsString(Map.of("instrumentVersion", instrument.get("version").asString(),
                "answeredAt", "2026-03-03T10:00:00Z", "answers", answers));
    }

    private static JsonNode created(Http.Response response, String what) {
        assertThat(response.status()).as("creating the " + what + ": " + response.raw()).isIn(200, 201);
        return response.body();
    }

    /**
     * Events and assessments learn of a new participant from the participants topic: until then a request
     * naming them is refused (404 or 422).
     */
    static Http.Response untilKnown(Supplier<Http.Response> request) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(request::get, response -> response.status() != 404 && response.status() != 422);
    }
}
