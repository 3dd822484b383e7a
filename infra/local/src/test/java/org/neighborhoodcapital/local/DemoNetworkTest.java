package org.neighborhoodcapital.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemoNetworkTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private final DemoRequests requests = new DemoRequests(json);

    @Test
    void theSameSeedGivesTheSameRequestBodies() {
        assertEquals(allBodies(DemoNetwork.generate(42, NOW)), allBodies(DemoNetwork.generate(42, NOW)));
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        assertNotEquals(allBodies(DemoNetwork.generate(42, NOW)), allBodies(DemoNetwork.generate(43, NOW)));
    }

    @Test
    void everyCheckInRefersToAGeneratedEventOfItsCenter() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Map<String, String> eventIds = eventIdsFor(network);
        Map<String, DemoNetwork.Event> eventsById = network.events().stream()
                .collect(Collectors.toMap(event -> eventIds.get(event.key()), event -> event));

        int checkIns = 0;
        for (DemoRequests.CheckInBatch batch : requests.checkInBatches(network, participantIdsFor(network), eventIds)) {
            for (JsonNode checkIn : parse(batch)) {
                DemoNetwork.Event event = eventsById.get(checkIn.path("eventId").asString());
                assertTrue(event != null, "check-in for an unknown event: " + checkIn);
                assertEquals(batch.centerId(), event.centerId(), "check-in posted to another center: " + checkIn);
                assertFalse(event.cancelled(), "check-in at the cancelled event: " + checkIn);
                UUID.fromString(checkIn.path("participantId").asString());
                Instant at = Instant.parse(checkIn.path("checkedInAt").asString());
                assertTrue(at.isBefore(NOW), "check-in in the future: " + checkIn);
                checkIns++;
            }
        }
        assertEquals(network.checkIns().size(), checkIns);
    }

    @Test
    void batchesAlternateBothFormatsAndStayWithinTheApiLimit() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        List<DemoRequests.CheckInBatch> batches = requests.checkInBatches(network, participantIdsFor(network), eventIdsFor(network));
        assertTrue(batches.stream().allMatch(batch -> batch.size() <= 10_000));
        assertTrue(batches.stream().anyMatch(batch -> batch.format() == DemoRequests.BatchFormat.NDJSON));
        assertTrue(batches.stream().anyMatch(batch -> batch.format() == DemoRequests.BatchFormat.JSON_ARRAY));
        for (DemoRequests.CheckInBatch batch : batches) {
            assertEquals(batch.size(), parse(batch).size());
        }
    }

    @Test
    void theNetworkHasTheShapeTheDemoPromises() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);

        assertEquals(List.of("north-yard", "river-quarter", "old-mill"),
                network.centers().stream().map(DemoNetwork.Center::id).toList());
        assertEquals(300, network.participants().size());
        assertEquals(300, network.participants().stream().map(DemoNetwork.Participant::key).distinct().count());
        assertEquals(3, network.centers().stream().map(DemoNetwork.Center::timezone).distinct().count());
        assertTrue(network.joinedIn(2025) > 0 && network.joinedIn(2026) > 0, "joined in both years");
        assertTrue(network.participants().stream().anyMatch(p -> !p.researchConsent()), "some without research consent");
        assertTrue(network.participants().stream().filter(DemoNetwork.Participant::researchConsent).count() > 250,
                "most with research consent");
        assertTrue(network.events().size() >= 40, "events: " + network.events().size());
        assertEquals(1, network.events().stream().filter(DemoNetwork.Event::cancelled).count());
        assertTrue(network.events().stream().map(DemoNetwork.Event::format).distinct().count() >= 8);
        assertTrue(network.paidEvents() >= 2, "paid events: " + network.paidEvents());
        assertTrue(network.residentOrganizedEvents() >= 3, "resident-organized: " + network.residentOrganizedEvents());
        assertTrue(network.events().stream().anyMatch(event -> event.initiativeKey() != null));
        assertTrue(network.initiatives().stream().map(DemoNetwork.Initiative::type).distinct().count() >= 5);
        assertTrue(network.checkIns().size() >= 3_000, "check-ins: " + network.checkIns().size());

        Set<Integer> years = new HashSet<>();
        network.events().forEach(event -> years.add(event.startsAt().atZone(ZoneOffset.UTC).getYear()));
        assertEquals(Set.of(2025, 2026), years);
        assertTrue(network.events().stream().filter(event -> !event.cancelled()).allMatch(event -> event.endsAt().isBefore(NOW)));
    }

    @Test
    void attendancesCountEachPersonOncePerEventInTheYearTheEventWasHeld() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        long distinctVisits = network.checkIns().stream()
                .map(checkIn -> checkIn.eventKey() + "/" + checkIn.participantKey())
                .distinct()
                .count();

        assertTrue(distinctVisits < network.checkIns().size(), "the demo should scan someone twice");
        assertTrue(network.attendancesIn(2026) > 0);
        assertEquals(distinctVisits, network.attendancesIn(2025) + network.attendancesIn(2026));
    }

    @Test
    void theReportIsExpectedToCountOnlyParticipantsWithResearchConsent() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Set<String> withoutConsent = network.participants().stream()
                .filter(p -> !p.researchConsent()).map(DemoNetwork.Participant::key).collect(Collectors.toSet());
        assertTrue(network.checkIns().stream().anyMatch(checkIn -> withoutConsent.contains(checkIn.participantKey())),
                "someone without consent should check in");

        assertTrue(network.reportedAttendancesIn(2026) < network.attendancesIn(2026));
        assertTrue(network.reportedAttendancesIn(2026) > 0);
        assertTrue(network.reportedNewParticipantsIn(2026) <= network.joinedIn(2026));
    }

    @Test
    void residentOrganizersNameAParticipantAndStaffOrganizersDoNot() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Map<String, String> initiativeIds = new HashMap<>();
        network.initiatives().forEach(initiative -> initiativeIds.put(initiative.key(), UUID.randomUUID().toString()));
        for (DemoNetwork.Event event : network.events()) {
            JsonNode organizer = json.readTree(requests.event(event, participantIdsFor(network), initiativeIds)).path("organizer");
            assertEquals(event.organizerKind().equals("RESIDENT"), organizer.has("participantId"), organizer.toString());
        }
    }

    @Test
    void everyParticipantReferenceIsAJoinedParticipantWhoHadJoinedByThen() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Map<String, String> participantIds = participantIdsFor(network);
        Map<String, DemoNetwork.Participant> joinedById = network.participants().stream()
                .collect(Collectors.toMap(p -> participantIds.get(p.key()), p -> p));
        Map<String, String> initiativeIds = new HashMap<>();
        network.initiatives().forEach(initiative -> initiativeIds.put(initiative.key(), UUID.randomUUID().toString()));

        for (DemoRequests.CheckInBatch batch : requests.checkInBatches(network, participantIds, eventIdsFor(network))) {
            for (JsonNode checkIn : parse(batch)) {
                DemoNetwork.Participant who = joinedById.get(checkIn.path("participantId").asString());
                assertTrue(who != null, "check-in of someone who never joined: " + checkIn);
                assertFalse(Instant.parse(checkIn.path("checkedInAt").asString()).isBefore(who.joinedAt()),
                        "check-in before joining: " + checkIn + " joined " + who.joinedAt());
            }
        }
        for (DemoNetwork.Initiative initiative : network.initiatives()) {
            JsonNode body = json.readTree(requests.initiative(initiative, participantIds));
            DemoNetwork.Participant leader = joinedById.get(body.path("leaderId").asString());
            assertTrue(leader != null, "leader who never joined: " + body);
            assertEquals(initiative.centerId(), leader.homeCenterId());
            assertFalse(initiative.launchedAt().isBefore(leader.joinedAt()), "launched before the leader joined: " + body);
        }
        for (DemoNetwork.Event event : network.events()) {
            JsonNode organizer = json.readTree(requests.event(event, participantIds, initiativeIds)).path("organizer");
            if (organizer.has("participantId")) {
                DemoNetwork.Participant who = joinedById.get(organizer.path("participantId").asString());
                assertTrue(who != null, "organizer who never joined: " + organizer);
                assertFalse(event.startsAt().isBefore(who.joinedAt()), "organized before joining: " + event);
            }
        }
    }

    @Test
    void passesAreOfPlansOfTheHoldersCenterBoughtAfterJoiningAndInThePast() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Map<String, DemoNetwork.PassPlan> plans = network.passPlans().stream()
                .collect(Collectors.toMap(DemoNetwork.PassPlan::key, plan -> plan));
        Map<String, DemoNetwork.Participant> participants = network.participants().stream()
                .collect(Collectors.toMap(DemoNetwork.Participant::key, p -> p));
        Map<String, String> planIds = new HashMap<>();
        plans.keySet().forEach(key -> planIds.put(key, UUID.nameUUIDFromBytes(key.getBytes()).toString()));

        assertEquals(Set.of("BASIC", "STANDARD", "PATRON"),
                network.passPlans().stream().map(DemoNetwork.PassPlan::tier).collect(Collectors.toSet()));
        for (DemoNetwork.Center center : network.centers()) {
            assertEquals(3, network.passPlans().stream().filter(plan -> plan.centerId().equals(center.id())).count());
            JsonNode body = json.readTree(requests.center(center));
            assertEquals(DemoNetwork.CURRENCY, body.path("operatingBudget").path("currency").asString());
            assertTrue(body.path("timezone").asString().contains("/"), body.toString());
        }
        for (DemoNetwork.PassPlan plan : network.passPlans()) {
            assertEquals(DemoNetwork.CURRENCY, json.readTree(requests.passPlan(plan)).path("currency").asString());
        }
        int holders = network.passes().stream().map(DemoNetwork.Pass::participantKey).collect(Collectors.toSet()).size();
        assertTrue(holders > 70 && holders < 130, "about a third hold a pass: " + holders);
        assertEquals(holders, network.passes().size(), "one pass per holder");
        for (DemoNetwork.Pass pass : network.passes()) {
            DemoNetwork.PassPlan plan = plans.get(pass.planKey());
            DemoNetwork.Participant holder = participants.get(pass.participantKey());
            assertEquals(holder.homeCenterId(), plan.centerId(), "pass of another center's plan: " + pass);
            assertEquals(planIds.get(plan.key()), json.readTree(requests.passPurchase(pass, planIds)).path("planId").asString());
            assertFalse(pass.purchasedAt().isBefore(holder.joinedAt()), "bought before joining: " + pass);
            assertTrue(pass.purchasedAt().isBefore(NOW), "bought in the future: " + pass);
            if (pass.renewedAt() != null) {
                assertTrue(pass.purchasedAt().isBefore(pass.renewedAt()) && pass.renewedAt().isBefore(NOW), pass.toString());
                assertTrue(pass.purchasedAt().plus(java.time.Duration.ofDays(plan.durationDays())).isAfter(NOW),
                        "a renewed pass must still be valid when seeded: " + pass);
            }
            if (pass.cancelledAt() != null) {
                assertTrue(pass.purchasedAt().isBefore(pass.cancelledAt()) && pass.cancelledAt().isBefore(NOW), pass.toString());
                assertTrue(pass.refundMinor() > 0 && pass.refundMinor() <= plan.priceMinor(), pass.toString());
                assertTrue(pass.purchasedAt().plus(java.time.Duration.ofDays(plan.durationDays())).isAfter(NOW),
                        "a cancelled pass must still be valid when seeded: " + pass);
            }
        }
        long renewed = network.passes().stream().filter(pass -> pass.renewedAt() != null).count();
        long cancelled = network.passes().stream().filter(pass -> pass.cancelledAt() != null).count();
        assertTrue(renewed >= 2, "renewed: " + renewed);
        assertTrue(cancelled >= 1 && cancelled <= 2, "cancelled: " + cancelled);
    }

    @Test
    void noPersonalDataLooksReal() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Set<String> emails = new HashSet<>();
        for (DemoNetwork.Participant participant : network.participants()) {
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
    void everySelfAssessmentIsByAConsentingAttendeeWhoHadJoinedBeforeAnsweringInThePast() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Map<String, DemoNetwork.Participant> participants = network.participants().stream()
                .collect(Collectors.toMap(DemoNetwork.Participant::key, p -> p));
        Set<String> attendees = network.checkIns().stream().map(DemoNetwork.CheckIn::participantKey).collect(Collectors.toSet());

        for (DemoNetwork.SelfAssessment assessment : network.selfAssessments()) {
            DemoNetwork.Participant participant = participants.get(assessment.participantKey());
            assertTrue(participant != null, "assessment by an unknown participant: " + assessment);
            assertTrue(participant.researchConsent(), "assessment by a participant without consent: " + assessment);
            assertTrue(attendees.contains(participant.key()), "assessment by a participant who attended nothing: " + assessment);
            assertTrue(participant.joinedAt().isBefore(assessment.answeredAt()), "answered before joining: " + assessment);
            assertTrue(assessment.answeredAt().isBefore(NOW), "answered in the future: " + assessment);
        }
        Map<String, Long> perParticipant = network.selfAssessments().stream()
                .collect(Collectors.groupingBy(DemoNetwork.SelfAssessment::participantKey, Collectors.counting()));
        assertTrue(perParticipant.values().stream().allMatch(count -> count >= 2 && count <= 4), perParticipant.toString());
        long consentingAttendees = network.participants().stream()
                .filter(p -> p.researchConsent() && attendees.contains(p.key())).count();
        assertTrue(perParticipant.size() > consentingAttendees / 2,
                perParticipant.size() + " of " + consentingAttendees + " consenting attendees answered");
        Set<Integer> years = network.selfAssessments().stream()
                .map(a -> a.answeredAt().atZone(ZoneOffset.UTC).getYear()).collect(Collectors.toSet());
        assertEquals(Set.of(2025, 2026), years);
    }

    @Test
    void everySelfAssessmentAnswersEveryItemOfTheInstrumentWithinItsScale() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        DemoRequests.Instrument instrument = DemoRequests.Instrument.of(json.readTree(INSTRUMENT));
        Set<String> itemIds = instrument.items().stream().map(DemoRequests.InstrumentItem::id).collect(Collectors.toSet());
        assertEquals(21, itemIds.size());
        assertFalse(network.selfAssessments().isEmpty());

        for (DemoNetwork.SelfAssessment assessment : network.selfAssessments()) {
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
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        DemoRequests.Instrument instrument = DemoRequests.Instrument.of(json.readTree(INSTRUMENT));
        Map<String, Long> attended = network.checkIns().stream().collect(Collectors.groupingBy(DemoNetwork.CheckIn::participantKey,
                Collectors.mapping(DemoNetwork.CheckIn::eventKey, Collectors.collectingAndThen(Collectors.toSet(), set -> (long) set.size()))));
        Map<String, List<Double>> indexes = new HashMap<>();
        for (DemoNetwork.SelfAssessment assessment : network.selfAssessments().stream()
                .sorted(java.util.Comparator.comparing(DemoNetwork.SelfAssessment::answeredAt)).toList()) {
            JsonNode answers = json.readTree(requests.selfAssessment(assessment, instrument)).path("answers");
            indexes.computeIfAbsent(assessment.participantKey(), key -> new ArrayList<>()).add(index(instrument, answers));
        }
        List<String> byEngagement = indexes.keySet().stream()
                .sorted(java.util.Comparator.comparing((String key) -> attended.get(key)).thenComparing(key -> key)).toList();
        int quarter = byEngagement.size() / 4;
        double leastEngaged = meanChange(byEngagement.subList(0, quarter), indexes);
        double mostEngaged = meanChange(byEngagement.subList(byEngagement.size() - quarter, byEngagement.size()), indexes);
        long declined = indexes.values().stream().filter(si -> si.getLast() < si.getFirst()).count();

        assertTrue(mostEngaged > 5, "the most engaged improve on average: " + mostEngaged);
        assertTrue(mostEngaged > leastEngaged + 5, "most engaged " + mostEngaged + " vs least engaged " + leastEngaged);
        assertTrue(declined > 0, "realistic: some decline too");
    }

    @Test
    void everyCenterHasOneOrTwoModelCheckUpsAYearDriftingTowardsTheReference() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Map<Integer, List<Double>> distancesByYear = new HashMap<>();
        for (DemoNetwork.Center center : network.centers()) {
            for (int year : List.of(2025, 2026)) {
                List<DemoNetwork.ModelCheckup> ofYear = network.modelCheckups().stream()
                        .filter(c -> c.centerId().equals(center.id()) && c.assessedAt().atZone(ZoneOffset.UTC).getYear() == year)
                        .toList();
                assertTrue(ofYear.size() == 1 || ofYear.size() == 2, center.id() + " " + year + ": " + ofYear);
            }
        }
        for (DemoNetwork.ModelCheckup checkup : network.modelCheckups()) {
            JsonNode body = json.readTree(requests.modelCheckup(checkup));
            assertEquals("CENTER", body.path("organizationType").asString());
            assertTrue(Set.of("SELF", "EXPERT").contains(body.path("assessorRole").asString()), body.toString());
            assertTrue(Instant.parse(body.path("assessedAt").asString()).isBefore(NOW), "check-up in the future: " + body);
            assertEquals(10, body.path("positions").size(), "ten positions: " + body);
            double distance = 0;
            for (int s = 0; s < 10; s++) {
                JsonNode position = body.path("positions").get(s);
                assertTrue(position.isInt() && position.asInt() >= -3 && position.asInt() <= 3, "position outside -3..3: " + body);
                distance += Math.abs(position.asInt() - DemoNetwork.MODEL_REFERENCE.get(s)) / 10.0;
            }
            distancesByYear.computeIfAbsent(checkup.assessedAt().atZone(ZoneOffset.UTC).getYear(), y -> new ArrayList<>()).add(distance);
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

    private static double meanChange(List<String> keys, Map<String, List<Double>> indexes) {
        return keys.stream().mapToDouble(key -> indexes.get(key).getLast() - indexes.get(key).getFirst()).average().orElseThrow();
    }

    private PlatformHttp.Response response(int status, String text) {
        return new PlatformHttp.Response(status, json.readTree(text), text);
    }

    private List<String> allBodies(DemoNetwork network) {
        Map<String, String> participantIds = participantIdsFor(network);
        Map<String, String> initiativeIds = new HashMap<>();
        network.initiatives().forEach(initiative -> initiativeIds.put(initiative.key(), "initiative-" + initiative.key()));
        Map<String, String> planIds = new HashMap<>();
        network.passPlans().forEach(plan -> planIds.put(plan.key(), "plan-" + plan.key()));
        List<String> bodies = new ArrayList<>();
        network.centers().forEach(center -> bodies.add(requests.center(center)));
        network.participants().forEach(participant -> bodies.add(requests.participant(participant)));
        network.passPlans().forEach(plan -> bodies.add(requests.passPlan(plan)));
        for (DemoNetwork.Pass pass : network.passes()) {
            bodies.add(pass.participantKey() + " " + requests.passPurchase(pass, planIds));
            if (pass.renewedAt() != null) {
                bodies.add(requests.passRenewal(pass));
            }
            if (pass.cancelledAt() != null) {
                bodies.add(requests.passCancellation(pass));
            }
        }
        network.initiatives().forEach(initiative -> bodies.add(requests.initiative(initiative, participantIds)));
        network.events().forEach(event -> bodies.add(requests.event(event, participantIds, initiativeIds)));
        requests.checkInBatches(network, participantIds, eventIdsFor(network)).forEach(batch -> bodies.add(batch.body()));
        DemoRequests.Instrument instrument = DemoRequests.Instrument.of(json.readTree(INSTRUMENT));
        network.selfAssessments().forEach(a -> bodies.add(a.participantKey() + " " + requests.selfAssessment(a, instrument)));
        network.modelCheckups().forEach(c -> bodies.add(c.centerId() + " " + requests.modelCheckup(c)));
        return bodies;
    }

    /** Stands in for the ids the events service assigns. */
    private static Map<String, String> eventIdsFor(DemoNetwork network) {
        Map<String, String> ids = new HashMap<>();
        network.events().forEach(event -> ids.put(event.key(), UUID.nameUUIDFromBytes(event.key().getBytes()).toString()));
        return ids;
    }

    /** Stands in for the ids memberships assigns. */
    private static Map<String, String> participantIdsFor(DemoNetwork network) {
        Map<String, String> ids = new HashMap<>();
        network.participants().forEach(p -> ids.put(p.key(), UUID.nameUUIDFromBytes(("participant " + p.key()).getBytes()).toString()));
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
