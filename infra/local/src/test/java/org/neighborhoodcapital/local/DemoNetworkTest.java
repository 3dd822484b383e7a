package org.neighborhoodcapital.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.simulator.ParticipantProfile;
import org.neighborhoodcapital.simulator.PassPlan;
import org.neighborhoodcapital.simulator.SelfAssessment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoNetworkTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final DemoNetwork NETWORK = DemoNetwork.generate(42, TODAY);

    private final JsonMapper json = JsonMapper.builder().build();
    private final DemoRequests requests = new DemoRequests(json);

    @Test
    void theSameSeedGivesTheSameRequestBodies() {
        assertEquals(allBodies(NETWORK), allBodies(DemoNetwork.generate(42, TODAY)));
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        assertNotEquals(allBodies(NETWORK), allBodies(DemoNetwork.generate(43, TODAY)));
    }

    @Test
    void everyCheckInRefersToAHeldEventOfItsCenterAndTheRepeatedScansAreFew() {
        Map<UUID, String> eventIds = eventIdsFor(NETWORK);
        Map<String, EventScheduled> eventsById = NETWORK.events().stream().map(Envelope::data)
                .collect(Collectors.toMap(event -> eventIds.get(event.eventId()), event -> event));
        Set<UUID> cancelled = NETWORK.cancellations().stream().map(e -> e.data().eventId()).collect(Collectors.toSet());

        int lines = 0;
        int distinct = 0;
        Set<String> seen = new HashSet<>();
        for (DemoRequests.CheckInBatch batch : requests.checkInBatches(NETWORK.checkIns(), participantIdsFor(NETWORK), eventIds)) {
            for (JsonNode checkIn : parse(batch)) {
                EventScheduled event = eventsById.get(checkIn.path("eventId").asString());
                assertTrue(event != null, "check-in for an unknown event: " + checkIn);
                assertEquals(batch.centerId(), event.centerId(), "check-in posted to another center: " + checkIn);
                assertFalse(cancelled.contains(event.eventId()), "check-in at a cancelled event: " + checkIn);
                UUID.fromString(checkIn.path("participantId").asString());
                Instant at = Instant.parse(checkIn.path("checkedInAt").asString());
                assertTrue(at.isBefore(NOW), "check-in in the future: " + checkIn);
                lines++;
                if (seen.add(checkIn.path("eventId").asString() + checkIn.path("participantId").asString())) {
                    distinct++;
                }
            }
            assertEquals(batch.size(), parse(batch).size());
        }
        assertEquals(NETWORK.checkIns().size(), distinct);
        assertTrue(lines > distinct && lines < distinct * 1.03, "a few repeated scans: " + lines + " lines, " + distinct + " distinct");
    }

    @Test
    void batchesAlternateBothFormatsAndStayWithinTheApiLimit() {
        List<DemoRequests.CheckInBatch> batches = requests.checkInBatches(NETWORK.checkIns(), participantIdsFor(NETWORK),
                eventIdsFor(NETWORK));
        assertTrue(batches.stream().allMatch(batch -> batch.size() <= 10_000));
        assertTrue(batches.stream().anyMatch(batch -> batch.format() == DemoRequests.BatchFormat.NDJSON));
        assertTrue(batches.stream().anyMatch(batch -> batch.format() == DemoRequests.BatchFormat.JSON_ARRAY));
    }

    @Test
    void theNetworkHasTheShapeTheDemoPromises() {
        assertEquals(List.of("north-yard", "river-quarter", "old-mill"),
                NETWORK.centers().stream().map(c -> c.data().centerId()).toList());
        assertEquals(300, NETWORK.participants().size());
        assertEquals(3, NETWORK.centers().stream().map(c -> c.data().timezone()).distinct().count());
        assertTrue(NETWORK.joinedIn(2025) > 0 && NETWORK.joinedIn(2026) > 0, "joined in both years");
        assertTrue(NETWORK.participants().stream().anyMatch(p -> !p.researchConsent()), "some without research consent");
        assertTrue(NETWORK.participants().stream().filter(ParticipantProfile::researchConsent).count() > 250,
                "most with research consent");
        assertTrue(NETWORK.events().size() >= 40, "events: " + NETWORK.events().size());
        assertTrue(NETWORK.cancellations().size() >= 1);
        assertTrue(NETWORK.events().stream().map(e -> e.data().format()).distinct().count() >= 8);
        assertTrue(NETWORK.paidEvents() >= 2, "paid events: " + NETWORK.paidEvents());
        assertTrue(NETWORK.residentOrganizedEvents() >= 3, "resident-organized: " + NETWORK.residentOrganizedEvents());
        assertTrue(NETWORK.events().stream().anyMatch(event -> event.data().initiativeId() != null));
        assertTrue(NETWORK.initiatives().stream().map(i -> i.data().type()).distinct().count() >= 5);
        assertEquals(3_500, NETWORK.checkIns().size());
        assertFalse(NETWORK.registrations().isEmpty());

        Set<Integer> years = new HashSet<>();
        NETWORK.events().forEach(event -> years.add(event.data().startsAt().atZone(ZoneOffset.UTC).getYear()));
        assertTrue(years.containsAll(Set.of(2025, 2026)), years.toString());
        Set<UUID> cancelled = NETWORK.cancellations().stream().map(e -> e.data().eventId()).collect(Collectors.toSet());
        assertTrue(NETWORK.events().stream().filter(event -> !cancelled.contains(event.data().eventId()))
                .allMatch(event -> event.data().endsAt().isBefore(NOW.plusSeconds(11 * 86_400L))));
        assertTrue(NETWORK.checkIns().stream().allMatch(c -> c.data().checkedInAt().isBefore(NOW)));
    }

    @Test
    void theReportIsExpectedToCountOnlyParticipantsWithResearchConsent() {
        assertTrue(NETWORK.reportedAttendancesIn(2026) < NETWORK.attendancesIn(2026));
        assertTrue(NETWORK.reportedAttendancesIn(2026) > 0);
        assertTrue(NETWORK.reportedNewParticipantsIn(2026) <= NETWORK.joinedIn(2026));
        assertEquals(NETWORK.checkIns().size(), NETWORK.attendancesIn(2025) + NETWORK.attendancesIn(2026));
    }

    @Test
    void residentOrganizersNameAParticipantAndStaffOrganizersDoNot() {
        Map<UUID, String> initiativeIds = initiativeIdsFor(NETWORK);
        for (Envelope<EventScheduled> event : NETWORK.events()) {
            JsonNode organizer = json.readTree(requests.event(event.data(), participantIdsFor(NETWORK), initiativeIds)).path("organizer");
            assertEquals(event.data().organizer().kind() == OrganizerKind.RESIDENT, organizer.has("participantId"), organizer.toString());
        }
    }

    @Test
    void everyParticipantReferenceIsAJoinedParticipantWhoHadJoinedByThen() {
        Map<UUID, ParticipantProfile> participants = NETWORK.participants().stream()
                .collect(Collectors.toMap(ParticipantProfile::participantId, p -> p));
        for (Envelope<AttendanceRecorded> checkIn : NETWORK.checkIns()) {
            ParticipantProfile who = participants.get(checkIn.data().participantId());
            assertTrue(who != null, "check-in of someone who never joined: " + checkIn);
            assertFalse(checkIn.data().checkedInAt().isBefore(who.joinedAt()), "check-in before joining: " + checkIn);
        }
        for (Envelope<InitiativeLaunched> envelope : NETWORK.initiatives()) {
            InitiativeLaunched initiative = envelope.data();
            ParticipantProfile leader = participants.get(initiative.leaderId());
            assertEquals(initiative.centerId(), leader.homeCenterId());
            assertFalse(initiative.launchedAt().isBefore(leader.joinedAt()), "launched before the leader joined: " + initiative);
        }
        for (Envelope<EventScheduled> event : NETWORK.events()) {
            if (event.data().organizer().participantId() != null) {
                ParticipantProfile who = participants.get(event.data().organizer().participantId());
                assertFalse(event.data().startsAt().isBefore(who.joinedAt()), "organized before joining: " + event);
            }
        }
        NETWORK.registrations().forEach(r -> assertTrue(participants.containsKey(r.data().participantId())));
    }

    @Test
    void passesAreOfPlansOfTheHoldersCenterBoughtAfterJoiningAndInThePast() {
        Map<UUID, PassPlan> plans = NETWORK.passPlans().stream().collect(Collectors.toMap(PassPlan::planId, plan -> plan));
        Map<UUID, ParticipantProfile> participants = NETWORK.participants().stream()
                .collect(Collectors.toMap(ParticipantProfile::participantId, p -> p));
        Map<UUID, String> planIds = new HashMap<>();
        plans.keySet().forEach(id -> planIds.put(id, "plan-" + id));
        for (var center : NETWORK.centers()) {
            assertEquals(3, NETWORK.passPlans().stream().filter(plan -> plan.centerId().equals(center.data().centerId())).count());
            JsonNode body = json.readTree(requests.center(center.data()));
            assertEquals("RUB", body.path("operatingBudget").path("currency").asString());
            assertTrue(body.path("timezone").asString().contains("/"), body.toString());
        }
        int holders = 0;
        for (Envelope<? extends DomainEvent> envelope : NETWORK.passes()) {
            assertTrue(envelope.time().isBefore(NOW), "pass change in the future: " + envelope);
            if (envelope.data() instanceof PassPurchased pass) {
                holders++;
                PassPlan plan = plans.get(pass.planId());
                ParticipantProfile holder = participants.get(pass.participantId());
                assertEquals(holder.homeCenterId(), plan.centerId(), "pass of another center's plan: " + pass);
                assertEquals("plan-" + plan.planId(), json.readTree(requests.passPurchase(pass, planIds)).path("planId").asString());
                assertFalse(pass.purchasedAt().isBefore(holder.joinedAt()), "bought before joining: " + pass);
            } else if (envelope.data() instanceof PassCancelled cancelled) {
                assertTrue(cancelled.refund().amountMinor() > 0, cancelled.toString());
                assertEquals(cancelled.refund().amountMinor(),
                        json.readTree(requests.passCancellation(cancelled)).path("refundMinor").asLong());
            } else if (envelope.data() instanceof PassRenewed renewed) {
                assertEquals(renewed.renewedAt().toString(), json.readTree(requests.passRenewal(renewed)).path("renewedAt").asString());
            }
        }
        assertTrue(holders > 60 && holders < 150, "about a third hold a pass: " + holders);
        assertTrue(NETWORK.passes().stream().anyMatch(e -> e.data() instanceof PassRenewed), "some renew");
    }

    @Test
    void noPersonalDataLooksReal() {
        Set<String> emails = new HashSet<>();
        for (ParticipantProfile participant : NETWORK.participants()) {
            JsonNode body = json.readTree(requests.participant(participant));
            assertTrue(body.path("email").asString().matches("resident-\\d{4}@example\\.org"), body.toString());
            assertTrue(body.path("displayName").asString().matches("Demo resident \\d{4}"), body.toString());
            assertFalse(body.has("phone"), body.toString());
            assertTrue(emails.add(body.path("email").asString()), "e-mail used twice: " + body);
            assertTrue(Instant.parse(body.path("joinedAt").asString()).isBefore(NOW), body.toString());
        }
    }

    @Test
    void onlyARefusalNamingParticipantsAloneIsWorthRetrying() {
        assertTrue(DemoSeeder.refusesOnlyUnknownParticipants(response(422,
                "{\"field\":\"participantId\",\"errors\":[{\"field\":\"participantId\",\"message\":\"no participant\",\"line\":3}]}")));
        assertTrue(DemoSeeder.refusesOnlyUnknownParticipants(response(422, "{\"field\":\"leaderId\"}")));
        assertTrue(DemoSeeder.refusesOnlyUnknownParticipants(response(422, "{\"detail\":\"unknown participant 7b0c\"}")));
        assertFalse(DemoSeeder.refusesOnlyUnknownParticipants(response(422,
                "{\"errors\":[{\"field\":\"participantId\"},{\"field\":\"eventId\"}]}")));
        assertFalse(DemoSeeder.refusesOnlyUnknownParticipants(response(422, "{\"field\":\"initiativeId\"}")));
        assertFalse(DemoSeeder.refusesOnlyUnknownParticipants(response(400, "{\"field\":\"participantId\"}")));
    }

    @Test
    void theSummaryShowsNewParticipantsWhereverTheReportHasThemAndDoesWithoutThem() {
        String withSection = DemoSeeder.summary(DemoSeeder.withNewParticipants(json.readTree(
                "{\"network\":{\"attendances\":5},\"membership\":{\"newParticipants\":7}}")));
        String inNetwork = DemoSeeder.summary(DemoSeeder.withNewParticipants(json.readTree(
                "{\"network\":{\"attendances\":5,\"newParticipants\":8}}")));
        String without = DemoSeeder.summary(DemoSeeder.withNewParticipants(json.readTree("{\"network\":{\"attendances\":5}}")));

        assertEquals("attendances=5 newParticipants=7", withSection);
        assertEquals("attendances=5 newParticipants=8", inNetwork);
        assertEquals("attendances=5", without);
    }

    @Test
    void everySelfAssessmentIsByAConsentingParticipantWhoHadJoinedBeforeAnsweringInThePast() {
        Map<UUID, ParticipantProfile> participants = NETWORK.participants().stream()
                .collect(Collectors.toMap(ParticipantProfile::participantId, p -> p));
        for (SelfAssessment assessment : NETWORK.selfAssessments()) {
            ParticipantProfile participant = participants.get(assessment.participantId());
            assertTrue(participant.researchConsent(), "assessment by a participant without consent: " + assessment);
            assertTrue(participant.joinedAt().isBefore(assessment.answeredAt()), "answered before joining: " + assessment);
            assertTrue(assessment.answeredAt().isBefore(NOW), "answered in the future: " + assessment);
        }
        Map<UUID, Long> perParticipant = NETWORK.selfAssessments().stream()
                .collect(Collectors.groupingBy(SelfAssessment::participantId, Collectors.counting()));
        assertTrue(perParticipant.values().stream().allMatch(count -> count >= 2 && count <= 4), perParticipant.toString());
        assertTrue(perParticipant.size() > 150, perParticipant.size() + " participants answered");
        Set<Integer> years = NETWORK.selfAssessments().stream()
                .map(a -> a.answeredAt().atZone(ZoneOffset.UTC).getYear()).collect(Collectors.toSet());
        assertEquals(Set.of(2025, 2026), years);
    }

    @Test
    void everySelfAssessmentAnswersEveryItemOfTheInstrumentWithinItsScale() {
        DemoRequests.Instrument instrument = DemoRequests.Instrument.of(json.readTree(INSTRUMENT));
        Set<String> itemIds = instrument.items().stream().map(DemoRequests.InstrumentItem::id).collect(Collectors.toSet());
        assertEquals(21, itemIds.size());
        assertFalse(NETWORK.selfAssessments().isEmpty());
        for (SelfAssessment assessment : NETWORK.selfAssessments()) {
            assertTrue(instrument.unanswered(assessment).isEmpty());
            JsonNode body = json.readTree(requests.selfAssessment(assessment, instrument));
            assertEquals("1", body.path("instrumentVersion").asString());
            assertEquals(assessment.answeredAt(), Instant.parse(body.path("answeredAt").asString()));
            assertEquals(itemIds, body.path("answers").propertyNames(), "not every item answered: " + body);
            for (JsonNode answer : body.path("answers")) {
                assertTrue(answer.isInt() && answer.asInt() >= 1 && answer.asInt() <= 5, "answer outside 1..5: " + body);
            }
        }
    }

    @Test
    void moreEngagedParticipantsTendToImproveButNotAllOfThem() {
        DemoRequests.Instrument instrument = DemoRequests.Instrument.of(json.readTree(INSTRUMENT));
        Map<UUID, Long> attended = NETWORK.checkIns().stream().collect(Collectors.groupingBy(c -> c.data().participantId(),
                Collectors.counting()));
        Map<UUID, List<Double>> indexes = new HashMap<>();
        for (SelfAssessment assessment : NETWORK.selfAssessments().stream()
                .sorted(java.util.Comparator.comparing(SelfAssessment::answeredAt)).toList()) {
            JsonNode answers = json.readTree(requests.selfAssessment(assessment, instrument)).path("answers");
            indexes.computeIfAbsent(assessment.participantId(), key -> new ArrayList<>()).add(index(instrument, answers));
        }
        List<UUID> byEngagement = indexes.keySet().stream()
                .sorted(java.util.Comparator.comparing((UUID key) -> attended.getOrDefault(key, 0L)).thenComparing(key -> key)).toList();
        int quarter = byEngagement.size() / 4;
        double leastEngaged = meanChange(byEngagement.subList(0, quarter), indexes);
        double mostEngaged = meanChange(byEngagement.subList(byEngagement.size() - quarter, byEngagement.size()), indexes);
        long declined = indexes.values().stream().filter(si -> si.getLast() < si.getFirst()).count();

        assertTrue(mostEngaged > 5, "the most engaged improve on average: " + mostEngaged);
        assertTrue(mostEngaged > leastEngaged + 5, "most engaged " + mostEngaged + " vs least engaged " + leastEngaged);
        assertTrue(declined > 0, "realistic: some decline too");
    }

    @Test
    void everyCenterHasModelCheckUpsEachYearDriftingTowardsTheReference() {
        List<Integer> reference = List.of(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2);
        Map<Integer, List<Double>> distancesByYear = new HashMap<>();
        for (var center : NETWORK.centers()) {
            for (int year : List.of(2025, 2026)) {
                long ofYear = NETWORK.modelCheckups().stream()
                        .filter(c -> c.data().centerId().equals(center.data().centerId())
                                && c.data().assessedAt().atZone(ZoneOffset.UTC).getYear() == year)
                        .count();
                assertTrue(ofYear == 1 || ofYear == 2, center.data().centerId() + " " + year + ": " + ofYear);
            }
        }
        for (var envelope : NETWORK.modelCheckups()) {
            JsonNode body = json.readTree(requests.modelCheckup(envelope.data()));
            assertEquals("CENTER", body.path("organizationType").asString());
            assertTrue(Set.of("SELF", "EXPERT").contains(body.path("assessorRole").asString()), body.toString());
            assertTrue(Instant.parse(body.path("assessedAt").asString()).isBefore(NOW), "check-up in the future: " + body);
            assertEquals(10, body.path("positions").size(), "ten positions: " + body);
            double distance = 0;
            for (int s = 0; s < 10; s++) {
                JsonNode position = body.path("positions").get(s);
                assertTrue(position.isInt() && position.asInt() >= -3 && position.asInt() <= 3, "position outside -3..3: " + body);
                distance += Math.abs(position.asInt() - reference.get(s)) / 10.0;
            }
            distancesByYear.computeIfAbsent(envelope.data().assessedAt().atZone(ZoneOffset.UTC).getYear(), y -> new ArrayList<>())
                    .add(distance);
        }
        double lastYear = distancesByYear.get(2025).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double thisYear = distancesByYear.get(2026).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertTrue(thisYear < lastYear, "closer to the reference this year: " + thisYear + " vs " + lastYear);
    }

    @Test
    void theProfileLineShowsTheIndexWhereverTheReportKeepsItOrSaysItIsSuppressed() {
        assertEquals("SI mean 52.3 (n=143)", DemoSeeder.profileSummary(json.readTree(
                "{\"year\":2026,\"subjectivity\":{\"subjectivityIndex\":{\"mean\":52.34,\"sd\":9.1,\"n\":143}}}")));
        assertEquals("SI suppressed", DemoSeeder.profileSummary(json.readTree(
                "{\"subjectivity\":{\"si\":{\"suppressed\":true}}}")));
        assertEquals("SI suppressed", DemoSeeder.profileSummary(json.readTree("{\"subjectivityIndex\":\"suppressed\"}")));
        assertEquals("year=2026", DemoSeeder.profileSummary(json.readTree("{\"year\":2026,\"engagement\":{}}")));
    }

    @Test
    void theSeededIndexChangeComparesEachParticipantsFirstAndLatestScore() {
        assertEquals("mean SI first 40.0, latest 55.0; 50% improved",
                DemoSeeder.indexChange(Map.of("a", 30.0, "b", 50.0), Map.of("a", 60.0, "b", 50.0)));
    }

    /** Instrument v1's shape: seven dimensions of three items, the third reverse-keyed (ids as the service's file). */
    private static final String INSTRUMENT = buildInstrument();

    private static String buildInstrument() {
        StringBuilder dimensions = new StringBuilder();
        for (String code : List.of("BEL", "AGE", "RES", "COO", "INI", "LEA", "OPE")) {
            if (!dimensions.isEmpty()) {
                dimensions.append(',');
            }
            dimensions.append("{\"code\":\"").append(code).append("\",\"items\":[");
            for (int i = 1; i <= 3; i++) {
                boolean reverse = i == 3 && !code.equals("LEA");
                dimensions.append(i > 1 ? "," : "").append("{\"id\":\"").append(code).append(i).append("\",\"reverse\":")
                        .append(reverse).append('}');
            }
            dimensions.append("]}");
        }
        return "{\"instrument\":\"subjectivity\",\"version\":\"1\",\"scoring\":{\"answerMin\":1,\"answerMax\":5},"
                + "\"dimensions\":[" + dimensions + "]}";
    }

    /** SI as DESIGN.md scores v1 (every item answered): mean over dimensions of (mean − 1) / 4 × 100, reverse items as 6 − a. */
    private static double index(DemoRequests.Instrument instrument, JsonNode answers) {
        Map<String, List<Integer>> byDimension = new HashMap<>();
        for (DemoRequests.InstrumentItem item : instrument.items()) {
            int answer = answers.path(item.id()).asInt();
            byDimension.computeIfAbsent(item.id().substring(0, 3), d -> new ArrayList<>()).add(item.reverse() ? 6 - answer : answer);
        }
        return byDimension.values().stream()
                .mapToDouble(items -> (items.stream().mapToInt(Integer::intValue).average().orElseThrow() - 1) / 4 * 100)
                .average().orElseThrow();
    }


    private PlatformHttp.Response response(int status, String text) {
        return new PlatformHttp.Response(status, json.readTree(text), text);
    }

    private static double meanChange(List<UUID> keys, Map<UUID, List<Double>> indexes) {
        return keys.stream().mapToDouble(key -> indexes.get(key).getLast() - indexes.get(key).getFirst()).average().orElseThrow();
    }

    private List<String> allBodies(DemoNetwork network) {
        Map<UUID, String> participantIds = participantIdsFor(network);
        Map<UUID, String> initiativeIds = initiativeIdsFor(network);
        Map<UUID, String> planIds = new HashMap<>();
        network.passPlans().forEach(plan -> planIds.put(plan.planId(), "plan-" + plan.tier() + plan.centerId()));
        List<String> bodies = new ArrayList<>();
        network.centers().forEach(center -> bodies.add(requests.center(center.data())));
        network.participants().forEach(participant -> bodies.add(requests.participant(participant)));
        network.passPlans().forEach(plan -> bodies.add(requests.passPlan(plan)));
        for (Envelope<? extends DomainEvent> envelope : network.passes()) {
            switch (envelope.data()) {
                case PassPurchased p -> bodies.add(participantIds.get(p.participantId()) + " " + requests.passPurchase(p, planIds));
                case PassRenewed r -> bodies.add(requests.passRenewal(r));
                case PassCancelled c -> bodies.add(requests.passCancellation(c));
                default -> bodies.add(envelope.type());
            }
        }
        network.initiatives().forEach(initiative -> bodies.add(requests.initiative(initiative.data(), participantIds)));
        network.events().forEach(event -> bodies.add(requests.event(event.data(), participantIds, initiativeIds)));
        network.reschedules().forEach(moved -> bodies.add(requests.reschedule(moved.data())));
        network.registrations().forEach(r -> bodies.add(requests.registration(r.data().participantId(), participantIds)));
        requests.checkInBatches(network.checkIns(), participantIds, eventIdsFor(network)).forEach(batch -> bodies.add(batch.body()));
        DemoRequests.Instrument instrument = DemoRequests.Instrument.of(json.readTree(INSTRUMENT));
        network.selfAssessments().forEach(a -> bodies.add(participantIds.get(a.participantId()) + " "
                + requests.selfAssessment(a, instrument)));
        network.modelCheckups().forEach(c -> bodies.add(c.data().centerId() + " " + requests.modelCheckup(c.data())));
        return bodies;
    }

    /** Stands in for the ids the events service assigns (by position, so that two seeds map alike). */
    private static Map<UUID, String> eventIdsFor(DemoNetwork network) {
        Map<UUID, String> ids = new HashMap<>();
        List<Envelope<EventScheduled>> events = network.events();
        for (int i = 0; i < events.size(); i++) {
            ids.put(events.get(i).data().eventId(), UUID.nameUUIDFromBytes(("event " + i).getBytes()).toString());
        }
        return ids;
    }

    private static Map<UUID, String> initiativeIdsFor(DemoNetwork network) {
        Map<UUID, String> ids = new HashMap<>();
        List<Envelope<InitiativeLaunched>> initiatives = network.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            ids.put(initiatives.get(i).data().initiativeId(), UUID.nameUUIDFromBytes(("initiative " + i).getBytes()).toString());
        }
        return ids;
    }

    /** Stands in for the ids memberships assigns. */
    private static Map<UUID, String> participantIdsFor(DemoNetwork network) {
        Map<UUID, String> ids = new HashMap<>();
        network.participants().forEach(p -> ids.put(p.participantId(),
                UUID.nameUUIDFromBytes(("participant " + p.number()).getBytes()).toString()));
        return ids;
    }

    private List<JsonNode> parse(DemoRequests.CheckInBatch batch) {
        List<JsonNode> nodes = new ArrayList<>();
        if (batch.format() == DemoRequests.BatchFormat.NDJSON) {
            batch.body().lines().filter(line -> !line.isBlank()).forEach(line -> nodes.add(json.readTree(line)));
        } else {
            json.readTree(batch.body()).forEach(nodes::add);
        }
        return nodes;
    }
}
