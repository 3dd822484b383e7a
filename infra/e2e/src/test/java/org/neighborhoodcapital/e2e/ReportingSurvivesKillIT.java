package org.neighborhoodcapital.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.testsupport.ServiceProcess;
import org.neighborhoodcapital.testsupport.TestInfrastructure;

import tools.jackson.databind.JsonNode;

/**
 * {@code kill -9} of the reporting service in the middle of ingesting a large backlog, then a restart:
 * the report equals the one an undisturbed run gives (the independent computation), because offsets
 * are committed only after the projections are written and every write is idempotent.
 */
class ReportingSurvivesKillIT {

    // a year no other test class of this module feeds: they share one broker
    private static final int YEAR = 2023;
    private static final int COPIES_OF_EACH_CHECK_IN = 20;

    @Test
    void reportAfterAKillMidIngestEqualsAnUndisturbedRun() {
        GeneratedNetwork network = GeneratedNetwork.generate(YEAR, 42L);
        List<Envelope<? extends DomainEvent>> backlog = backlogOf(network);
        try (Records records = new Records(TestInfrastructure.kafkaBootstrapServers())) {
            records.publish(backlog);
        }
        long attendanceRecords = backlog.stream().filter(e -> e.data() instanceof AttendanceRecorded).count();
        String namespace = Platform.newNamespace();
        ServiceProcess.Builder reporting = Platform.service("reporting", namespace)
                .property("nc.kafka.batch-max-records", "500");

        long consumedAtKill;
        try (ServiceProcess first = Platform.start(reporting)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> consumedRecords(first) > 2_000);
            first.kill();
            consumedAtKill = lastSeen;
        }
        assertThat(consumedAtKill).as("killed mid-ingest").isLessThan(attendanceRecords);

        ExpectedImpactReport expected = new ExpectedImpactReport(network);
        try (ServiceProcess second = Platform.start(reporting)) {
            Http api = new Http(second.baseUrl());
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                Http.Response report = api.get("/api/reports/impact/" + YEAR);
                assertThat(report.status()).as(report.raw()).isEqualTo(200);
                ImpactReportEndToEndIT.assertFigures("network", report.body().get("network"), expected.network);
                ImpactReportEndToEndIT.assertNetworkMembership(report.body().get("network"), expected);
                Map<String, JsonNode> centers = new HashMap<>();
                report.body().get("centers").forEach(c -> centers.put(c.get("centerId").asString(), c));
                expected.centers.forEach((id, figures) -> {
                    ImpactReportEndToEndIT.assertFigures(id, centers.get(id), figures);
                    ImpactReportEndToEndIT.assertCenterMembership(id, centers.get(id), expected.memberships.get(id));
                });
            });
        }
    }

    private static volatile long lastSeen;

    /** Sum of nc.records.consumed over topics, read from the service's Prometheus endpoint. */
    private static long consumedRecords(ServiceProcess service) {
        Http.Response metrics = new Http(service.baseUrl()).get("/actuator/prometheus");
        long sum = metrics.raw().lines()
                .filter(line -> line.startsWith("nc_records_consumed_total"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
        lastSeen = sum;
        return sum;
    }

    /** What the events and memberships services would have published for the network, every check-in many times over. */
    static List<Envelope<? extends DomainEvent>> backlogOf(GeneratedNetwork network) {
        List<Envelope<? extends DomainEvent>> backlog = new ArrayList<>();
        Instant longAgo = Instant.parse("2020-01-01T00:00:00Z");
        for (GeneratedNetwork.Center center : network.centers) {
            backlog.add(Envelope.of(Sources.MEMBERSHIPS, longAgo, center.id(),
                    new CenterRegistered(center.id(), center.id(), "Kazan", center.zone().getId(), new Money(center.budgetMinor(), "RUB"))));
        }
        for (GeneratedNetwork.Resident resident : network.residents.values()) {
            backlog.add(Envelope.of(Sources.MEMBERSHIPS, resident.joinedAt(), resident.id().toString(),
                    new ParticipantJoined(resident.id(), resident.homeCenterId(), resident.joinedAt(), resident.researchConsent())));
        }
        for (GeneratedNetwork.Event event : network.events) {
            Organizer organizer = event.residentOrganizer() == null ? Organizer.staff() : Organizer.resident(event.residentOrganizer());
            backlog.add(Envelope.of(Sources.EVENTS, longAgo, event.id().toString(),
                    new EventScheduled(event.id(), event.centerId(), "event", event.format(), event.startsAt(), event.endsAt(),
                            500, organizer, event.priceMinor(), event.priceMinor() > 0 ? "EUR" : null, event.initiativeId(), 1)));
        }
        for (GeneratedNetwork.Initiative initiative : network.initiatives) {
            backlog.add(Envelope.of(Sources.EVENTS, initiative.launchedAt(), initiative.id().toString(),
                    new InitiativeLaunched(initiative.id(), initiative.centerId(), "initiative", initiative.type(),
                            initiative.leaderId(), initiative.launchedAt())));
        }
        List<Envelope<? extends DomainEvent>> attendance = new ArrayList<>();
        for (int copy = 0; copy < COPIES_OF_EACH_CHECK_IN; copy++) {
            for (GeneratedNetwork.CheckIn checkIn : network.checkIns) {
                AttendanceRecorded recorded = new AttendanceRecorded(checkIn.eventId(),
                        network.event(checkIn.eventId()).centerId(), checkIn.participantId(), checkIn.checkedInAt());
                attendance.add(Envelope.withId(recorded.occurrenceId(), Sources.EVENTS, checkIn.checkedInAt(),
                        checkIn.eventId().toString(), recorded));
            }
        }
        Collections.shuffle(attendance, new Random(7));
        backlog.addAll(attendance);
        for (GeneratedNetwork.Event event : network.events) {
            if (event.cancelled()) {
                backlog.add(Envelope.of(Sources.EVENTS, event.startsAt(), event.id().toString(),
                        new EventCancelled(event.id(), event.centerId(), "heating failure", event.startsAt(), 2)));
            }
        }
        backlog.addAll(passRecords(network));
        // the funnel steps memberships would announce for this history (each delivered twice)
        for (int copy = 0; copy < 2; copy++) {
            ExpectedImpactReport.funnelSteps(network).forEach((participant, steps) -> {
                FunnelStage from = FunnelStage.NEIGHBOR;
                for (ExpectedImpactReport.Step step : steps) {
                    backlog.add(Envelope.withId(Envelope.deterministicId("funnel", participant.toString(), step.to().name()),
                            Sources.MEMBERSHIPS, step.at(), participant.toString(), new FunnelStageChanged(participant,
                                    network.residents.get(participant).homeCenterId(), from, step.to(), "rule", false, step.at())));
                    from = step.to();
                }
            });
        }
        Instant erasedAt = Instant.parse((network.year + 1) + "-02-01T00:00:00Z");
        for (GeneratedNetwork.Resident resident : network.residents.values()) {
            if (resident.erased()) {
                backlog.add(Envelope.of(Sources.MEMBERSHIPS, erasedAt, resident.id().toString(),
                        new ParticipantErased(resident.id(), erasedAt)));
            }
        }
        return backlog;
    }

    /** What memberships publishes for the generated pass sales: purchase, then renewal, then cancellation. */
    static List<Envelope<? extends DomainEvent>> passRecords(GeneratedNetwork network) {
        List<Envelope<? extends DomainEvent>> records = new ArrayList<>();
        for (int i = 0; i < network.passSales.size(); i++) {
            GeneratedNetwork.PassSale sale = network.passSales.get(i);
            GeneratedNetwork.PassPlan plan = sale.plan();
            java.time.ZoneId zone = network.center(plan.centerId()).zone();
            UUID passId = Envelope.deterministicId("pass", String.valueOf(i));
            Money price = new Money(plan.priceMinor(), "RUB");
            Instant until = sale.purchasedAt().atZone(zone).plusDays(plan.durationDays()).toInstant();
            records.add(Envelope.withId(passId, Sources.MEMBERSHIPS, sale.purchasedAt(), sale.participantId().toString(),
                    new PassPurchased(passId, sale.participantId(), plan.centerId(), Envelope.deterministicId("plan", plan.key()),
                            plan.tier(), PassScope.CENTER, price, sale.purchasedAt(), sale.purchasedAt(), until)));
            if (sale.renewedAt() != null) {
                Instant from = sale.renewedAt().isAfter(until) ? sale.renewedAt() : until;
                until = from.atZone(zone).plusDays(plan.durationDays()).toInstant();
                records.add(Envelope.of(Sources.MEMBERSHIPS, sale.renewedAt(), sale.participantId().toString(),
                        new PassRenewed(passId, sale.participantId(), plan.centerId(), price, sale.renewedAt(), until)));
            }
            if (sale.cancelledAt() != null) {
                records.add(Envelope.withId(Envelope.deterministicId("pass-cancelled", String.valueOf(i)), Sources.MEMBERSHIPS,
                        sale.cancelledAt(), sale.participantId().toString(), new PassCancelled(passId, sale.participantId(),
                                plan.centerId(), new Money(sale.refundMinor(), "RUB"), sale.cancelledAt())));
            }
        }
        return records;
    }
}
