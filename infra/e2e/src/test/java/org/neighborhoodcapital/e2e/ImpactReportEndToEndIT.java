package org.neighborhoodcapital.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

        sellPasses(membershipsApi, network, participantIdOf);

        // History arrives out of event-time order, as when centers upload their records late: every
        // initiative, then every event, then the check-ins of the whole year shuffled, in batches (each
        // batch split by center, alternately JSON and NDJSON), without waiting for anything to be taken
        // in. The funnel is defined in event time, so memberships must re-date (and split) steps it
        // announced from partial history, and the report must still equal the by-event-time computation.
        Http eventsApi = new Http(events.baseUrl());
        Map<UUID, UUID> initiativeIdOf = new HashMap<>();
        for (GeneratedNetwork.Initiative initiative : network.initiatives) {
            Http.Response launched = untilParticipantsAreKnown(() -> eventsApi.postJson("/api/centers/" + initiative.centerId() + "/initiatives", Map.of(
                    "title", "Initiative " + initiative.type(), "type", initiative.type(),
                    "leaderId", participantIdOf.get(initiative.leaderId()), "launchedAt", initiative.launchedAt())));
            assertThat(launched.status()).as(launched.raw()).isEqualTo(201);
            initiativeIdOf.put(initiative.id(), UUID.fromString(launched.body().get("initiativeId").asString()));
        }
        Map<UUID, UUID> serviceIdOf = new HashMap<>();
        Map<UUID, String> centerOf = new HashMap<>();
        for (GeneratedNetwork.Event event : network.events) {
            serviceIdOf.put(event.id(), scheduleEvent(eventsApi, event, participantIdOf, initiativeIdOf));
            centerOf.put(event.id(), event.centerId());
        }
        List<GeneratedNetwork.CheckIn> shuffled = new ArrayList<>(network.checkIns);
        Collections.shuffle(shuffled, new Random(20250102L));
        assertThat(shuffled).as("check-ins fed out of event-time order")
                .isNotEqualTo(shuffled.stream().sorted(Comparator.comparing(GeneratedNetwork.CheckIn::checkedInAt)).toList());
        long accepted = 0;
        long duplicate = 0;
        int requestNumber = 0;
        for (int from = 0; from < shuffled.size(); from += BATCH) {
            Map<String, List<Map<String, Object>>> byCenter = new LinkedHashMap<>();
            for (GeneratedNetwork.CheckIn c : shuffled.subList(from, Math.min(from + BATCH, shuffled.size()))) {
                byCenter.computeIfAbsent(centerOf.get(c.eventId()), center -> new ArrayList<>()).add(Map.of(
                        "eventId", serviceIdOf.get(c.eventId()), "participantId", participantIdOf.get(c.participantId()),
                        "checkedInAt", c.checkedInAt()));
            }
            for (Map.Entry<String, List<Map<String, Object>>> center : byCenter.entrySet()) {
                boolean asNdjson = requestNumber++ % 2 == 1;
                String path = "/api/centers/" + center.getKey() + "/check-ins";
                List<Map<String, Object>> items = center.getValue();
                Http.Response response = untilParticipantsAreKnown(() -> asNdjson
                        ? eventsApi.post(path, "application/x-ndjson", ndjson(items))
                        : eventsApi.postJson(path, items));
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
        for (GeneratedNetwork.Resident resident : network.residents.values()) {
            if (resident.erased()) {
                Http.Response erased = membershipsApi.delete("/api/participants/" + participantIdOf.get(resident.id()));
                assertThat(erased.status()).as(erased.raw()).isEqualTo(204);
            }
        }

        ExpectedImpactReport expected = new ExpectedImpactReport(network);
        // the generated network exercises every four-step stage rule: one center self-sufficient, one short of it
        assertThat(expected.memberships.values()).anyMatch(m -> m.fourStepStage() == 4).anyMatch(m -> m.fourStepStage() < 4);
        assertThat(expected.networkPasses.renewed()).isPositive();
        assertThat(expected.networkFunnel.distribution().values()).allMatch(n -> n > 0);
        Http reportingApi = new Http(reporting.baseUrl());
        // memberships recomputes and corrects the funnel, reporting takes in the corrections: both converge
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Http.Response report = reportingApi.get("/api/reports/impact/" + YEAR);
            assertThat(report.status()).as(report.raw()).isEqualTo(200);
            assertFigures("network", report.body().get("network"), expected.network);
            assertNetworkMembership(report.body().get("network"), expected);
            Map<String, JsonNode> centers = new HashMap<>();
            report.body().get("centers").forEach(c -> centers.put(c.get("centerId").asString(), c));
            for (Map.Entry<String, ExpectedImpactReport.Figures> center : expected.centers.entrySet()) {
                assertThat(centers).containsKey(center.getKey());
                assertFigures(center.getKey(), centers.get(center.getKey()), center.getValue());
                assertCenterMembership(center.getKey(), centers.get(center.getKey()), expected.memberships.get(center.getKey()));
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

    static void assertCenterMembership(String where, JsonNode actual, ExpectedImpactReport.Membership expected) {
        JsonNode passes = actual.get("passes");
        assertThat(new ExpectedImpactReport.Passes(passes.get("activeAtYearEnd").asLong(), passes.get("sold").asLong(),
                passes.get("renewed").asLong(), passes.get("revenueMinor").asLong()))
                .as(where + " passes").isEqualTo(expected.passes());
        assertThat(passes.get("currency").asString()).as(where + " passes.currency").isEqualTo("RUB");
        assertThat(actual.get("selfSufficiency").asDouble()).as(where + " selfSufficiency")
                .isCloseTo(expected.selfSufficiency(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(actual.get("fourStepStage").asInt()).as(where + " fourStepStage").isEqualTo(expected.fourStepStage());
        assertFunnel(where, actual.get("funnel"), expected.funnel());
    }

    static void assertNetworkMembership(JsonNode actual, ExpectedImpactReport expected) {
        JsonNode passes = actual.get("passes");
        assertThat(new ExpectedImpactReport.Passes(passes.get("activeAtYearEnd").asLong(), passes.get("sold").asLong(),
                passes.get("renewed").asLong(), passes.get("revenueMinor").get("RUB").asLong()))
                .as("network passes").isEqualTo(expected.networkPasses);
        assertThat(passes.get("revenueMinor").size()).as("network revenue currencies").isEqualTo(1);
        assertThat(actual.get("selfSufficiency").asDouble()).as("network selfSufficiency")
                .isCloseTo(expected.networkSelfSufficiency, org.assertj.core.api.Assertions.within(1e-9));
        Map<Integer, Long> stages = new java.util.TreeMap<>();
        actual.get("fourStepStages").properties().forEach(e -> stages.put(Integer.parseInt(e.getKey()), e.getValue().asLong()));
        assertThat(stages).as("network fourStepStages").isEqualTo(expected.fourStepStages);
        assertFunnel("network", actual.get("funnel"), expected.networkFunnel);
    }

    static void assertFunnel(String where, JsonNode funnel, ExpectedImpactReport.Funnel expected) {
        Map<String, Long> distribution = new java.util.TreeMap<>();
        funnel.get("distribution").properties().forEach(e -> distribution.put(e.getKey(), e.getValue().asLong()));
        Map<String, Long> wantDistribution = new java.util.TreeMap<>();
        expected.distribution().forEach((stage, n) -> wantDistribution.put(stage.name(), n));
        assertThat(distribution).as(where + " funnel.distribution").isEqualTo(wantDistribution);
        Map<String, Long> transitions = new java.util.TreeMap<>();
        funnel.get("transitions").forEach(t -> transitions.merge(t.get("from").asString() + "->" + t.get("to").asString(),
                t.get("count").asLong(), Long::sum));
        transitions.values().removeIf(n -> n == 0);
        assertThat(transitions).as(where + " funnel.transitions").isEqualTo(expected.transitions());
    }

    /** Pass plans per center in the budget's currency, then every generated sale, renewal and cancellation. */
    static void sellPasses(Http membershipsApi, GeneratedNetwork network, Map<UUID, UUID> participantIdOf) {
        Map<String, String> planIdOf = new HashMap<>();
        for (GeneratedNetwork.PassPlan plan : network.passPlans) {
            Http.Response created = membershipsApi.postJson("/api/centers/" + plan.centerId() + "/pass-plans", Map.of(
                    "name", plan.key(), "tier", plan.tier(), "priceMinor", plan.priceMinor(), "currency", "RUB",
                    "durationDays", plan.durationDays(), "scope", "CENTER"));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            planIdOf.put(plan.key(), created.body().get("planId").asString());
        }
        for (GeneratedNetwork.PassSale sale : network.passSales) {
            String passes = "/api/participants/" + participantIdOf.get(sale.participantId()) + "/passes";
            Http.Response bought = membershipsApi.postJson(passes, Map.of(
                    "planId", planIdOf.get(sale.plan().key()), "purchasedAt", sale.purchasedAt()));
            assertThat(bought.status()).as(bought.raw()).isEqualTo(201);
            String pass = passes + "/" + bought.body().get("passId").asString();
            if (sale.renewedAt() != null) {
                Http.Response renewed = membershipsApi.postJson(pass + "/renew", Map.of("renewedAt", sale.renewedAt()));
                assertThat(renewed.status()).as(renewed.raw()).isEqualTo(200);
            }
            if (sale.cancelledAt() != null) {
                Http.Response cancelled = membershipsApi.postJson(pass + "/cancel", Map.of(
                        "refundMinor", sale.refundMinor(), "cancelledAt", sale.cancelledAt()));
                assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
            }
        }
    }

    static void registerCenters(Http membershipsApi, GeneratedNetwork network) {
        for (GeneratedNetwork.Center center : network.centers) {
            Http.Response registered = membershipsApi.postJson("/api/centers", Map.of(
                    "id", center.id(), "name", "Center " + center.id(), "city", "Kazan", "timezone", center.zone().getId(),
                    "operatingBudget", Map.of("amountMinor", center.budgetMinor(), "currency", "RUB")));
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

    static UUID scheduleEvent(Http eventsApi, GeneratedNetwork.Event event, Map<UUID, UUID> participantIdOf,
                              Map<UUID, UUID> initiativeIdOf) {
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
        if (event.initiativeId() != null) {
            body.put("initiativeId", initiativeIdOf.get(event.initiativeId()));
        }
        Http.Response response = untilParticipantsAreKnown(() ->
                eventsApi.postJson("/api/centers/" + event.centerId() + "/events", body));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return UUID.fromString(response.body().get("eventId").asString());
    }

    static String ndjson(List<Map<String, Object>> items) {
        return items.stream().map(i -> EnvelopeCodec.mapper().writeValueAsString(i)).collect(Collectors.joining("\n")) + "\n";
    }
}
