package org.neighborhoodcapital.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.testsupport.ServiceProcess;
import org.neighborhoodcapital.testsupport.TestInfrastructure;

import tools.jackson.databind.JsonNode;

/**
 * The first real path end to end: centers schedule events and stream check-ins over HTTP into the
 * events service, the records travel through Kafka, and the reporting service's yearly report equals
 * an independent computation from the same generated data.
 */
class ImpactReportEndToEndIT {

    // a year no other test class of this module feeds: they share one broker
    private static final int YEAR = 2025;
    private static final int BATCH = 1500;

    private static ServiceProcess events;
    private static ServiceProcess reporting;

    @BeforeAll
    static void startPlatform() {
        String namespace = Platform.newNamespace();
        events = Platform.start(Platform.service("events", namespace));
        reporting = Platform.start(Platform.service("reporting", namespace));
    }

    @AfterAll
    static void stopPlatform() {
        if (events != null) {
            events.close();
        }
        if (reporting != null) {
            reporting.close();
        }
    }

    @Test
    void reportOfAStreamedNetworkEqualsAnIndependentComputation() {
        GeneratedNetwork network = GeneratedNetwork.generate(YEAR, 20250101L);
        assertThat(network.distinctCheckIns()).isGreaterThanOrEqualTo(5_000);
        assertThat(network.checkIns.size()).isGreaterThan((int) network.distinctCheckIns());
        registerCenters(network);

        Http eventsApi = new Http(events.baseUrl());
        Map<UUID, UUID> serviceIdOf = scheduleEvents(eventsApi, network);
        long accepted = 0;
        long duplicate = 0;
        int batchNumber = 0;
        for (Map.Entry<String, List<GeneratedNetwork.CheckIn>> center : network.checkInsByCenter().entrySet()) {
            List<GeneratedNetwork.CheckIn> checkIns = center.getValue();
            for (int from = 0; from < checkIns.size(); from += BATCH) {
                List<Map<String, Object>> items = checkIns.subList(from, Math.min(from + BATCH, checkIns.size())).stream()
                        .map(c -> Map.<String, Object>of("eventId", serviceIdOf.get(c.eventId()),
                                "participantId", c.participantId(), "checkedInAt", c.checkedInAt()))
                        .toList();
                Http.Response response = batchNumber++ % 2 == 0
                        ? eventsApi.postJson("/api/centers/" + center.getKey() + "/check-ins", items)
                        : eventsApi.post("/api/centers/" + center.getKey() + "/check-ins", "application/x-ndjson", ndjson(items));
                assertThat(response.status()).as(response.raw()).isEqualTo(200);
                accepted += response.body().get("accepted").asLong();
                duplicate += response.body().get("duplicate").asLong();
            }
        }
        assertThat(accepted).isEqualTo(network.distinctCheckIns());
        assertThat(duplicate).isEqualTo(network.checkIns.size() - network.distinctCheckIns());

        for (GeneratedNetwork.Event event : network.events) {
            if (event.cancelled()) {
                Http.Response cancelled = eventsApi.postJson("/api/centers/" + event.centerId() + "/events/"
                        + serviceIdOf.get(event.id()) + "/cancel", Map.of("reason", "heating failure"));
                assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
            }
        }
        for (GeneratedNetwork.Initiative initiative : network.initiatives) {
            Http.Response launched = eventsApi.postJson("/api/centers/" + initiative.centerId() + "/initiatives", Map.of(
                    "title", "Initiative " + initiative.type(), "type", initiative.type(),
                    "leaderId", initiative.leaderId(), "launchedAt", initiative.launchedAt()));
            assertThat(launched.status()).as(launched.raw()).isEqualTo(201);
        }

        ExpectedImpactReport expected = new ExpectedImpactReport(network);
        Http reportingApi = new Http(reporting.baseUrl());
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Response report = reportingApi.get("/api/reports/impact/" + YEAR);
            assertThat(report.status()).as(report.raw()).isEqualTo(200);
            assertFigures("network", report.body().get("network"), expected.network);
            Map<String, JsonNode> centers = new HashMap<>();
            report.body().get("centers").forEach(c -> centers.put(c.get("centerId").asString(), c));
            for (Map.Entry<String, ExpectedImpactReport.Figures> center : expected.centers.entrySet()) {
                assertThat(centers).containsKey(center.getKey());
                assertFigures(center.getKey(), centers.get(center.getKey()), center.getValue());
            }
        });
    }

    static void assertFigures(String where, JsonNode actual, ExpectedImpactReport.Figures expected) {
        assertThat(actual).as(where).isNotNull();
        Map<String, Long> shown = new LinkedHashMap<>();
        for (String figure : List.of("eventsHeld", "residentLedEvents", "attendances", "uniqueParticipants", "returningParticipants")) {
            shown.put(figure, actual.get(figure).asLong());
        }
        for (InitiativeType type : InitiativeType.values()) {
            shown.put("initiativesLaunched." + type, actual.get("initiativesLaunched").get(type.name()).asLong());
        }
        Map<String, Long> want = new LinkedHashMap<>();
        want.put("eventsHeld", expected.eventsHeld());
        want.put("residentLedEvents", expected.residentLedEvents());
        want.put("attendances", expected.attendances());
        want.put("uniqueParticipants", expected.uniqueParticipants());
        want.put("returningParticipants", expected.returningParticipants());
        expected.initiativesLaunched().forEach((type, n) -> want.put("initiativesLaunched." + type, n));
        assertThat(shown).as(where).containsExactlyEntriesOf(want);
    }

    static void registerCenters(GeneratedNetwork network) {
        // memberships will announce centers; until it exists the test announces them on its topic.
        try (Records records = new Records(TestInfrastructure.kafkaBootstrapServers())) {
            records.publish(network.centers.stream()
                    .map(c -> Envelope.of(Sources.MEMBERSHIPS, Instant.parse("2020-01-01T00:00:00Z"), c.id(),
                            new CenterRegistered(c.id(), c.id(), "Kazan", c.zone().getId(), null)))
                    .toList());
        }
    }

    static Map<UUID, UUID> scheduleEvents(Http eventsApi, GeneratedNetwork network) {
        Map<UUID, UUID> serviceIdOf = new HashMap<>();
        for (GeneratedNetwork.Event event : network.events) {
            Map<String, Object> organizer = event.residentOrganizer() == null
                    ? Map.of("kind", "STAFF")
                    : Map.of("kind", "RESIDENT", "participantId", event.residentOrganizer());
            Map<String, Object> body = new HashMap<>(Map.of(
                    "title", event.format() + " at " + event.centerId(),
                    "format", event.format(),
                    "startsAt", event.startsAt(),
                    "endsAt", event.endsAt(),
                    "capacity", 500,
                    "organizer", organizer,
                    "priceMinor", event.priceMinor()));
            if (event.priceMinor() > 0) {
                body.put("currency", "EUR");
            }
            Http.Response response = eventsApi.postJson("/api/centers/" + event.centerId() + "/events", body);
            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            serviceIdOf.put(event.id(), UUID.fromString(response.body().get("eventId").asString()));
        }
        return serviceIdOf;
    }

    static String ndjson(List<Map<String, Object>> items) {
        return items.stream().map(i -> EnvelopeCodec.mapper().writeValueAsString(i)).collect(Collectors.joining("\n")) + "\n";
    }
}
