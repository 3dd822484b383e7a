package org.neighborhoodcapital.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.testsupport.KafkaTestClient;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.neighborhoodcapital.testsupport.http.Api;

/**
 * A small network of three centers fed through the public APIs (memberships, events), and scored
 * self-assessments and model check-ups sent to their topics as the assessments service would: enough
 * for every panel of the dashboard to show figures (and the profile's cells to pass suppression).
 */
final class SeededNetwork {

    static final List<String> CENTERS = List.of("c-north", "c-south", "c-east");
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();
    private static final String[] FORMATS = {"MEETING", "LECTURE", "WORKSHOP", "TEA_PARTY", "SCREENING", "COURSE"};
    private static final String[] DIMENSIONS = {"BELONGING", "AGENCY", "RESPONSIBILITY", "COOPERATION", "INITIATIVE",
            "LEADERSHIP", "OPENNESS"};

    final int year;
    final Map<String, List<UUID>> participantsOf = new LinkedHashMap<>();
    final Map<String, List<UUID>> eventsOf = new LinkedHashMap<>();
    /** Distinct (event, participant) check-ins sent. */
    final Set<String> checkIns = new LinkedHashSet<>();

    private final Api memberships;
    private final Api events;

    SeededNetwork(int year, Api memberships, Api events) {
        this.year = year;
        this.memberships = memberships;
        this.events = events;
    }

    SeededNetwork seed() {
        long budget = 1_000_000;
        for (String center : CENTERS) {
            Api.Answer registered = memberships.postJson("/api/centers", Map.of("id", center, "name", "Center " + center,
                    "city", "Kazan", "timezone", "Europe/Moscow",
                    "operatingBudget", Map.of("amountMinor", budget, "currency", "RUB")));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            budget += 500_000;
        }
        int n = 0;
        for (String center : CENTERS) {
            List<UUID> participants = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                n++;
                // most joined last year, one per center this year
                Instant joined = i == 0 ? at(1, 5 + n) : LocalDate.of(year - 1, 1 + (n % 12), 10).atStartOfDay().toInstant(ZoneOffset.UTC);
                Api.Answer joinedAnswer = memberships.postJson("/api/participants", Map.of("homeCenterId", center,
                        "displayName", "Resident " + n, "email", "resident-" + n + "@example.org", "researchConsent", true,
                        "joinedAt", joined.toString()));
                assertThat(joinedAnswer.status()).as(joinedAnswer.toString()).isEqualTo(201);
                participants.add(UUID.fromString(joinedAnswer.get("participantId")));
            }
            participantsOf.put(center, participants);
        }

        Map<String, UUID> sharing = new HashMap<>();
        sharing.put("c-north", launch("c-north", "SHARING", participantsOf.get("c-north").get(1), at(2, 3)));
        launch("c-north", "MICRO_BUSINESS", participantsOf.get("c-north").get(2), at(3, 3));
        sharing.put("c-south", launch("c-south", "CROWDFUNDING", participantsOf.get("c-south").get(1), at(4, 3)));

        int e = 0;
        for (String center : CENTERS) {
            List<UUID> scheduled = new ArrayList<>();
            int count = center.equals("c-east") ? 3 : 6;
            for (int i = 0; i < count; i++) {
                e++;
                Instant starts = at(1 + (i * 2) % 10, 10 + (e % 15));
                boolean residentLed = i == 1;
                Map<String, Object> body = new HashMap<>(Map.of("title", "Evening " + e, "format", FORMATS[i % FORMATS.length],
                        "startsAt", starts.toString(), "endsAt", starts.plus(Duration.ofHours(2)).toString(), "capacity", 40,
                        "organizer", residentLed ? Map.of("kind", "RESIDENT", "participantId", participantsOf.get(center).get(1).toString())
                                : Map.of("kind", "STAFF"),
                        "priceMinor", residentLed ? 30_000 : 0));
                if (residentLed) {
                    body.put("currency", "RUB");
                    if (sharing.containsKey(center)) {
                        body.put("initiativeId", sharing.get(center).toString());
                    }
                }
                Api.Answer answer = untilParticipantsAreKnown(() -> events.postJson("/api/centers/" + center + "/events", body));
                assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                scheduled.add(UUID.fromString(answer.get("eventId")));
            }
            eventsOf.put(center, scheduled);
        }

        for (String center : CENTERS) {
            List<UUID> participants = participantsOf.get(center);
            List<UUID> scheduled = eventsOf.get(center);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int p = 0; p < participants.size(); p++) {
                for (int ev = 0; ev < scheduled.size(); ev++) {
                    if ((p + ev) % 3 != 2) {
                        items.add(checkIn(scheduled.get(ev), participants.get(p), null));
                    }
                }
            }
            // a visitor from another center, and a repeated check-in that counts once
            String other = CENTERS.get((CENTERS.indexOf(center) + 1) % CENTERS.size());
            items.add(checkIn(scheduled.get(0), participantsOf.get(other).get(3), null));
            items.add(items.get(0));
            Api.Answer answer = untilParticipantsAreKnown(() -> events.postJson("/api/centers/" + center + "/check-ins", items));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            Api.Answer register = events.postJson("/api/centers/" + center + "/events/" + scheduled.get(scheduled.size() - 1)
                    + "/registrations", Map.of("participantId", participants.get(0).toString()));
            assertThat(register.status()).as(register.toString()).isBetween(200, 201);
        }

        sendAssessments();
        return this;
    }

    /** Check-ups of the three centers, and two scored self-assessments (last year, this year) of ten participants. */
    private void sendAssessments() {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        int c = 0;
        for (String center : CENTERS) {
            List<Integer> positions = new ArrayList<>();
            for (int scale = 0; scale < CenterModelAssessed.SCALES; scale++) {
                positions.add(Math.max(-3, Math.min(3, -2 + ((scale + c) % 4))));
            }
            send(bootstrap, Envelope.of(Sources.ASSESSMENTS, at(6, 1 + c), center,
                    new CenterModelAssessed(UUID.randomUUID(), center, OrganizationType.CENTER, AssessorRole.SELF, at(6, 1 + c), positions)));
            c++;
        }
        int k = 0;
        for (List<UUID> participants : participantsOf.values()) {
            for (UUID participant : participants) {
                if (k >= 10) {
                    break;
                }
                Instant first = LocalDate.of(year - 1, 11, 1 + k).atStartOfDay().toInstant(ZoneOffset.UTC);
                send(bootstrap, Envelope.of(Sources.ASSESSMENTS, first, participant.toString(),
                        new SubjectivityAssessed(UUID.randomUUID(), participant, "v1", first, scores(40 + k), 40.0 + k)));
                Instant latest = at(9, 1 + k);
                send(bootstrap, Envelope.of(Sources.ASSESSMENTS, latest, participant.toString(),
                        new SubjectivityAssessed(UUID.randomUUID(), participant, "v1", latest, scores(45 + 2 * k - (k % 4 == 0 ? 8 : 0)),
                                45.0 + 2 * k - (k % 4 == 0 ? 8 : 0))));
                k++;
            }
        }
    }

    private static Map<String, Double> scores(double base) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int d = 0; d < DIMENSIONS.length; d++) {
            scores.put(DIMENSIONS[d], Math.min(100, base + d * 3));
        }
        return scores;
    }

    private static void send(String bootstrap, Envelope<?> envelope) {
        KafkaTestClient.sendRaw(bootstrap, envelope.topic(), envelope.key(), CODEC.encode(envelope));
    }

    Map<String, Object> checkIn(UUID event, UUID participant, Instant at) {
        checkIns.add(event + "/" + participant);
        Map<String, Object> item = new HashMap<>(Map.of("eventId", event.toString(), "participantId", participant.toString()));
        if (at != null) {
            item.put("checkedInAt", at.toString());
        }
        return item;
    }

    /** The {@code skip}-th (event, participant) pair of a center that has no check-in yet. */
    UUID[] unseededCheckIn(String center, int skip) {
        int found = 0;
        for (UUID event : eventsOf.get(center)) {
            for (UUID participant : participantsOf.get(center)) {
                if (!checkIns.contains(event + "/" + participant) && found++ == skip) {
                    return new UUID[] {event, participant};
                }
            }
        }
        throw new IllegalStateException("every participant of " + center + " checked in at every event");
    }

    private UUID launch(String center, String type, UUID leader, Instant launchedAt) {
        Api.Answer answer = untilParticipantsAreKnown(() -> events.postJson("/api/centers/" + center + "/initiatives",
                Map.of("title", type + " of " + center, "type", type, "leaderId", leader.toString(), "launchedAt", launchedAt.toString())));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return UUID.fromString(answer.get("initiativeId"));
    }

    /** A date of the seeded year (UTC noon). */
    Instant at(int month, int day) {
        return LocalDate.of(year, month, Math.min(day, 28)).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    /** Events learn of new participants from the participants topic: a just-joined one may be unknown for a moment. */
    static Api.Answer untilParticipantsAreKnown(Supplier<Api.Answer> request) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Api.Answer answer = request.get();
        while (answer.status() == 422 && answer.text().contains("participant") && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            answer = request.get();
        }
        return answer;
    }
}
