package org.neighborhoodcapital.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.testsupport.ServiceProcess;

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

    private static ServiceProcess memberships;
    private static ServiceProcess events;
    private static ServiceProcess reporting;

    @BeforeAll
    static void startPlatform() {
        String namespace = Platform.newNamespace();
        memberships = Platform.start(Platform.service("memberships", namespace));
        events = Platform.start(Platform.service("events", namespace));
        reporting = Platform.start(Platform.service("reporting", namespace));
    }

    @AfterAll
    static void stopPlatform() {
        for (ServiceProcess service : new ServiceProcess[] {events, reporting, memberships}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void reportOfAStreamedNetworkEqualsAnIndependentComputation() {
        GeneratedNetwork network = GeneratedNetwork.generate(YEAR, 20250101L);
        assertThat(network.distinctCheckIns()).isGreaterThanOrEqualTo(5_000);
        assertThat(network.checkIns.size()).isGreaterThan((int) network.distinctCheckIns());
        Http membershipsApi = new Http(memberships.baseUrl());
        registerCenters(membershipsApi, network);
        Map<UUID, UUID> participantIdOf = joinParticipants(membershipsApi, network);

        Http eventsApi = new Http(events.baseUrl());
        Map<UUID, UUID> serviceIdOf = scheduleEvents(eventsApi, network, participantIdOf);
        long accepted = 0;
        long duplicate = 0;
        int batchNumber = 0;
        for (Map.Entry<String, List<GeneratedNetwork.CheckIn>> center : network.checkInsByCenter().entrySet()) {
            List<GeneratedNetwork.CheckIn> checkIns = center.getValue();
            for (int from = 0; from < checkIns.size(); from += BATCH) {
                List<Map<String, Object>> items = checkIns.subList(from, Math.min(from + BATCH, checkIns.size())).stream()
                        .map(c -> Map.<String, Object>of("eventId", serviceIdOf.get(c.eventId()),
                                "participantId", participantIdOf.get(c.participantId()), "checkedInAt", c.checkedInAt()))
                        .toList();
                boolean asNdjson = batchNumber++ % 2 == 1;
                Http.Response response = untilParticipantsAreKnown(() -> asNdjson
                        ? eventsApi.post("/api/centers/" + center.getKey() + "/check-ins", "application/x-ndjson", ndjson(items))
                        : eventsApi.postJson("/api/centers/" + center.getKey() + "/check-ins", items));
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
                    "leaderId", participantIdOf.get(initiative.leaderId()), "launchedAt", initiative.launchedAt()));
            assertThat(launched.status()).as(launched.raw()).isEqualTo(201);
        }
        for (GeneratedNetwork.Resident resident : network.residents.values()) {
            if (resident.erased()) {
                Http.Response erased = membershipsApi.delete("/api/participants/" + participantIdOf.get(resident.id()));
                assertThat(erased.status()).as(erased.raw()).isEqualTo(204);
            }
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
        for (String figure : List.of("eventsHeld", "residentLedEvents", "attendances", "uniqueParticipants",
                "returningParticipants", "newParticipants")) {
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
        want.put("newParticipants", expected.newParticipants());
        expected.initiativesLaunched().forEach((type, n) -> want.put("initiativesLaunched." + type, n));
        assertThat(shown).as(where).containsExactlyEntriesOf(want);
    }

    static void registerCenters(Http membershipsApi, GeneratedNetwork network) {
        for (GeneratedNetwork.Center center : network.centers) {
            Http.Response registered = membershipsApi.postJson("/api/centers", Map.of(
                    "id", center.id(), "name", "Center " + center.id(), "city", "Kazan", "timezone", center.zone().getId(),
                    "operatingBudget", Map.of("amountMinor", 1_200_000_00L, "currency", "RUB")));
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        }
    }

    /** Joins every generated resident through memberships; the platform assigns the ids. */
    static Map<UUID, UUID> joinParticipants(Http membershipsApi, GeneratedNetwork network) {
        Map<UUID, UUID> participantIdOf = new HashMap<>();
        int n = 0;
        for (GeneratedNetwork.Resident resident : network.residents.values()) {
            n++;
            Http.Response joined = membershipsApi.postJson("/api/participants", Map.of(
                    "homeCenterId", resident.homeCenterId(), "displayName", "Resident " + n,
                    "email", "resident-" + n + "@example.org", "researchConsent", resident.researchConsent(),
                    "joinedAt", resident.joinedAt()));
            assertThat(joined.status()).as(joined.raw()).isEqualTo(201);
            participantIdOf.put(resident.id(), UUID.fromString(joined.body().get("participantId").asString()));
        }
        return participantIdOf;
    }

    /** Events learns of new participants from the participants topic: a just-joined one may be unknown for a moment. */
    static Http.Response untilParticipantsAreKnown(java.util.function.Supplier<Http.Response> request) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Http.Response response = request.get();
        while (response.status() == 422 && response.raw().contains("participant") && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            response = request.get();
        }
        return response;
    }

    static Map<UUID, UUID> scheduleEvents(Http eventsApi, GeneratedNetwork network, Map<UUID, UUID> participantIdOf) {
        Map<UUID, UUID> serviceIdOf = new HashMap<>();
        for (GeneratedNetwork.Event event : network.events) {
            Map<String, Object> organizer = event.residentOrganizer() == null
                    ? Map.of("kind", "STAFF")
                    : Map.of("kind", "RESIDENT", "participantId", participantIdOf.get(event.residentOrganizer()));
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
            Http.Response response = untilParticipantsAreKnown(() ->
                    eventsApi.postJson("/api/centers/" + event.centerId() + "/events", body));
            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            serviceIdOf.put(event.id(), UUID.fromString(response.body().get("eventId").asString()));
        }
        return serviceIdOf;
    }

    static String ndjson(List<Map<String, Object>> items) {
        return items.stream().map(i -> EnvelopeCodec.mapper().writeValueAsString(i)).collect(Collectors.joining("\n")) + "\n";
    }
}
