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
        Map<String, String> eventIds = idsFor(network);
        Map<String, DemoNetwork.Event> eventsById = network.events().stream()
                .collect(Collectors.toMap(event -> eventIds.get(event.key()), event -> event));

        int checkIns = 0;
        for (DemoRequests.CheckInBatch batch : requests.checkInBatches(network, eventIds)) {
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
        List<DemoRequests.CheckInBatch> batches = requests.checkInBatches(DemoNetwork.generate(42, NOW), idsFor(DemoNetwork.generate(42, NOW)));
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
        assertEquals(300, network.participants().stream().map(DemoNetwork.Participant::id).distinct().count());
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
                .map(checkIn -> checkIn.eventKey() + "/" + checkIn.participantId())
                .distinct()
                .count();

        assertTrue(distinctVisits < network.checkIns().size(), "the demo should scan someone twice");
        assertTrue(network.attendancesIn(2026) > 0);
        assertEquals(distinctVisits, network.attendancesIn(2025) + network.attendancesIn(2026));
    }

    @Test
    void residentOrganizersNameAParticipantAndStaffOrganizersDoNot() {
        DemoNetwork network = DemoNetwork.generate(42, NOW);
        Map<String, String> initiativeIds = new HashMap<>();
        network.initiatives().forEach(initiative -> initiativeIds.put(initiative.key(), UUID.randomUUID().toString()));
        for (DemoNetwork.Event event : network.events()) {
            JsonNode organizer = json.readTree(requests.event(event, initiativeIds)).path("organizer");
            assertEquals(event.organizerKind().equals("RESIDENT"), organizer.has("participantId"), organizer.toString());
        }
    }

    private List<String> allBodies(DemoNetwork network) {
        Map<String, String> initiativeIds = new HashMap<>();
        network.initiatives().forEach(initiative -> initiativeIds.put(initiative.key(), "initiative-" + initiative.key()));
        List<String> bodies = new ArrayList<>();
        network.initiatives().forEach(initiative -> bodies.add(requests.initiative(initiative)));
        network.events().forEach(event -> bodies.add(requests.event(event, initiativeIds)));
        requests.checkInBatches(network, idsFor(network)).forEach(batch -> bodies.add(batch.body()));
        return bodies;
    }

    /** Stands in for the ids the events service assigns. */
    private static Map<String, String> idsFor(DemoNetwork network) {
        Map<String, String> ids = new HashMap<>();
        network.events().forEach(event -> ids.put(event.key(), UUID.nameUUIDFromBytes(event.key().getBytes()).toString()));
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
