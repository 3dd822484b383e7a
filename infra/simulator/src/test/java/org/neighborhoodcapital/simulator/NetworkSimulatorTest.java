package org.neighborhoodcapital.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.OrganizerKind;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassExpired;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;

class NetworkSimulatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final SimulatedNetwork SMALL = NetworkSimulator.generate(NetworkSpec.small(42));
    private static final SimulatedNetwork DEMO = NetworkSimulator.generate(NetworkSpec.demo(42, TODAY));

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void theSameSeedGivesTheSameRecordsWithTheSameIds() {
        SimulatedNetwork again = NetworkSimulator.generate(NetworkSpec.small(42));
        assertThat(fingerprint(again, 100_000)).isEqualTo(fingerprint(SMALL, 100_000));
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        SimulatedNetwork other = NetworkSimulator.generate(NetworkSpec.demo(43, TODAY));
        assertThat(fingerprint(other, 1_000)).isNotEqualTo(fingerprint(DEMO, 1_000));
        assertThat(other.participants().getFirst().id()).isNotEqualTo(DEMO.participants().getFirst().id());
        assertThat(other.checkIns().limit(100).map(Envelope::id).toList())
                .doesNotContainAnyElementsOf(DEMO.checkIns().limit(100).map(Envelope::id).toList());
    }

    @Test
    void checkInsAreExactlyTheTargetAndAsManyAsCounted() {
        assertThat(SMALL.checkInCount()).isEqualTo(100_000);
        assertThat(SMALL.checkIns().count()).isEqualTo(100_000);
        assertThat(DEMO.checkInCount()).isEqualTo(3_500);
        assertThat(DEMO.registrations().count()).isEqualTo(DEMO.registrationCount());
        assertThat(DEMO.allInTopicOrder().count()).isEqualTo(DEMO.recordCount());
    }

    @Test
    void envelopeIdsAreTheOnesThePlatformDerives() {
        SMALL.checkIns().limit(1_000).forEach(envelope -> assertThat(envelope.id()).isEqualTo(envelope.data().occurrenceId()));
        assertThat(Ids.deterministic("a", "b|c", "Ü")).isEqualTo(Envelope.deterministicId("a", "b|c", "Ü"));
    }

    @Test
    void nobodyChecksInTwiceAtOneEventAndOnlyAtHeldEventsWithinTheirWindowAfterJoining() {
        for (SimulatedNetwork network : List.of(SMALL, DEMO)) {
            Map<UUID, Instant[]> windows = windows(network);
            Set<UUID> cancelled = network.cancellations().stream().map(e -> e.data().eventId()).collect(Collectors.toSet());
            Map<UUID, Instant> joined = network.participants().stream()
                    .collect(Collectors.toMap(e -> e.data().participantId(), e -> e.data().joinedAt()));
            Map<UUID, String> centers = new HashMap<>();
            network.events().forEach(e -> centers.put(e.data().eventId(), e.data().centerId()));
            Set<String> seen = new HashSet<>();
            List<String> problems = new ArrayList<>();
            network.checkIns().forEach(envelope -> {
                AttendanceRecorded a = envelope.data();
                Instant[] window = windows.get(a.eventId());
                if (!seen.add(a.eventId() + "/" + a.participantId())) {
                    problems.add("repeated check-in " + a);
                }
                if (cancelled.contains(a.eventId())) {
                    problems.add("check-in at a cancelled event " + a);
                }
                if (a.checkedInAt().isBefore(window[0].minusSeconds(30 * 60)) || a.checkedInAt().isAfter(window[1])) {
                    problems.add("check-in outside the event's window " + a);
                }
                if (!a.checkedInAt().isAfter(joined.get(a.participantId()))) {
                    problems.add("check-in before joining " + a);
                }
                if (!a.centerId().equals(centers.get(a.eventId())) || !envelope.time().equals(a.checkedInAt())) {
                    problems.add("check-in of another center or time " + envelope);
                }
            });
            assertThat(problems).isEmpty();
            assertThat(seen).hasSize((int) network.checkInCount());
            Instant until = network.spec().until().atStartOfDay(ZoneId.of("UTC")).toInstant();
            assertThat(network.checkIns().allMatch(e -> e.data().checkedInAt().isBefore(until))).isTrue();
        }
    }

    @Test
    void aFewParticipantsMakeMostCheckInsAndTheMedianParticipantComesRarely() {
        Map<UUID, Long> visits = SMALL.checkIns().collect(Collectors.groupingBy(e -> e.data().participantId(), Collectors.counting()));
        List<Long> counts = new ArrayList<>();
        for (var participant : SMALL.participants()) {
            counts.add(visits.getOrDefault(participant.data().participantId(), 0L));
        }
        counts.sort(null);
        long total = counts.stream().mapToLong(Long::longValue).sum();
        long top = counts.subList(counts.size() - counts.size() / 10, counts.size()).stream().mapToLong(Long::longValue).sum();
        double mean = (double) total / counts.size();
        long median = counts.get(counts.size() / 2);

        assertThat((double) top / total).as("share of the top 10%").isGreaterThan(0.4);
        assertThat((double) median).as("median vs mean " + mean).isLessThan(mean / 2);
        assertThat(counts.getFirst()).as("some never come").isZero();
    }

    @Test
    void eventsFollowTheSeasonsAndWeekdayEvenings() {
        Map<Month, Long> byMonth = new EnumMap<>(Month.class);
        long weekdayEvents = 0;
        long weekdayEvenings = 0;
        for (Envelope<EventScheduled> envelope : SMALL.events()) {
            EventScheduled event = envelope.data();
            ZonedDateTime local = event.startsAt().atZone(SMALL.zoneOf(event.centerId()));
            byMonth.merge(local.getMonth(), 1L, Long::sum);
            if (local.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                weekdayEvents++;
                if (local.getHour() >= 17) {
                    weekdayEvenings++;
                }
            }
        }
        assertThat(byMonth.get(Month.JULY)).isLessThan(byMonth.get(Month.OCTOBER) * 6 / 10);
        assertThat(byMonth.get(Month.AUGUST)).isLessThan(byMonth.get(Month.MARCH) * 7 / 10);
        assertThat(byMonth.get(Month.DECEMBER)).isLessThan(byMonth.get(Month.NOVEMBER));
        assertThat((double) weekdayEvenings / weekdayEvents).isGreaterThan(0.6);

        Map<Month, Long> checkInsByMonth = SMALL.checkIns().collect(Collectors.groupingBy(
                e -> e.data().checkedInAt().atZone(SMALL.zoneOf(e.data().centerId())).getMonth(), () -> new EnumMap<>(Month.class),
                Collectors.counting()));
        assertThat(checkInsByMonth.get(Month.JULY)).isLessThan(checkInsByMonth.get(Month.OCTOBER) / 2);
    }

    @Test
    void rescheduledAndCancelledEventsCarryRisingRevisions() {
        Map<UUID, EventScheduled> scheduled = new HashMap<>();
        SMALL.events().forEach(e -> scheduled.put(e.data().eventId(), e.data()));
        assertThat(SMALL.reschedules()).isNotEmpty();
        assertThat(SMALL.cancellations()).isNotEmpty();
        for (Envelope<EventRescheduled> moved : SMALL.reschedules()) {
            EventScheduled first = scheduled.get(moved.data().eventId());
            assertThat(moved.data().revision()).isEqualTo(2);
            assertThat(moved.data().startsAt()).isNotEqualTo(first.startsAt());
            assertThat(moved.time()).isBefore(moved.data().startsAt()).isBefore(first.startsAt());
        }
        Set<UUID> moved = SMALL.reschedules().stream().map(e -> e.data().eventId()).collect(Collectors.toSet());
        for (Envelope<EventCancelled> called : SMALL.cancellations()) {
            assertThat(called.data().revision()).isEqualTo(moved.contains(called.data().eventId()) ? 3 : 2);
            assertThat(called.data().cancelledAt()).isBefore(scheduled.get(called.data().eventId()).startsAt().plusSeconds(11 * 86_400));
        }
        assertThat(SMALL.events().stream().filter(e -> e.data().organizer().kind() == OrganizerKind.RESIDENT).count())
                .isGreaterThan(SMALL.events().size() / 10);
        assertThat(SMALL.events().stream().filter(e -> e.data().initiativeId() != null).count()).isPositive();
        assertThat(SMALL.events().stream().filter(e -> e.data().priceMinor() > 0).count()).isPositive();
    }

    @Test
    void registrationsStayWithinCapacityBeforeTheStartAndAfterJoining() {
        Map<UUID, EventScheduled> events = new HashMap<>();
        DEMO.events().forEach(e -> events.put(e.data().eventId(), e.data()));
        Map<UUID, Instant[]> windows = windows(DEMO);
        Map<UUID, Instant> joined = DEMO.participants().stream()
                .collect(Collectors.toMap(e -> e.data().participantId(), e -> e.data().joinedAt()));
        Map<UUID, Long> perEvent = new HashMap<>();
        DEMO.registrations().forEach(envelope -> {
            RegistrationMade r = envelope.data();
            perEvent.merge(r.eventId(), 1L, Long::sum);
            assertThat(r.registeredAt()).isBefore(windows.get(r.eventId())[0]).isAfter(joined.get(r.participantId()));
        });
        assertThat(perEvent).isNotEmpty();
        perEvent.forEach((event, count) -> assertThat(count).isLessThanOrEqualTo(events.get(event).capacity()));
    }

    @Test
    void passesAreRenewedAndCancelledOnlyWhileTheyRun() {
        Map<UUID, Instant> validUntil = new HashMap<>();
        Set<UUID> ended = new HashSet<>();
        int renewals = 0;
        for (Envelope<? extends DomainEvent> envelope : SMALL.passes()) {
            switch (envelope.data()) {
                case PassPurchased p -> {
                    assertThat(p.validUntil()).isAfter(p.purchasedAt());
                    validUntil.put(p.passId(), p.validUntil());
                }
                case PassRenewed r -> {
                    assertThat(ended).doesNotContain(r.passId());
                    assertThat(r.renewedAt()).isBeforeOrEqualTo(validUntil.get(r.passId()));
                    assertThat(r.validUntil()).isAfter(validUntil.get(r.passId()));
                    validUntil.put(r.passId(), r.validUntil());
                    renewals++;
                }
                case PassCancelled c -> {
                    assertThat(c.cancelledAt()).isBefore(validUntil.get(c.passId()));
                    assertThat(ended.add(c.passId())).isTrue();
                }
                case PassExpired x -> {
                    assertThat(x.expiredAt()).isEqualTo(validUntil.get(x.passId()));
                    assertThat(ended.add(x.passId())).isTrue();
                }
                default -> throw new AssertionError("not a pass record: " + envelope);
            }
        }
        int holders = validUntil.size();
        assertThat(holders).isBetween(SMALL.participants().size() / 5, SMALL.participants().size() / 2);
        assertThat(renewals).isGreaterThan(holders / 4);
    }

    @Test
    void selfAssessmentsAnswerEveryItemOnTheScaleAndTheEngagedImproveMore() {
        Set<String> items = SubjectivityInstrument.ITEMS.stream().map(SubjectivityInstrument.Item::id).collect(Collectors.toSet());
        assertThat(items).hasSize(21).contains("BEL1", "LEA3", "OPE3");
        Map<UUID, Double> engagement = SMALL.participantProfiles().stream()
                .collect(Collectors.toMap(ParticipantProfile::participantId, ParticipantProfile::engagement));
        Map<UUID, List<Double>> indexes = new HashMap<>();
        for (SelfAssessment assessment : SMALL.selfAssessments()) {
            assertThat(assessment.answers().keySet()).isEqualTo(items);
            assertThat(assessment.answers().values()).allMatch(a -> a >= 1 && a <= 5);
            SubjectivityAssessed scored = assessment.envelope().data();
            assertThat(scored.dimensionScores()).hasSize(7);
            assertThat(scored.subjectivityIndex()).isBetween(0.0, 100.0);
            indexes.computeIfAbsent(assessment.participantId(), id -> new ArrayList<>()).add(scored.subjectivityIndex());
        }
        List<UUID> byEngagement = indexes.keySet().stream().sorted((a, b) -> Double.compare(engagement.get(a), engagement.get(b))).toList();
        int quarter = byEngagement.size() / 4;
        double least = meanChange(byEngagement.subList(0, quarter), indexes);
        double most = meanChange(byEngagement.subList(byEngagement.size() - quarter, byEngagement.size()), indexes);
        assertThat(most).isGreaterThan(least + 5);
        assertThat(indexes.values().stream().filter(si -> si.getLast() < si.getFirst()).count()).isPositive();
    }

    @Test
    void modelCheckUpsPlaceEveryCenterOnTenScales() {
        assertThat(DEMO.modelCheckups().stream().map(e -> e.data().centerId()).distinct().count()).isEqualTo(3);
        for (Envelope<CenterModelAssessed> checkup : DEMO.modelCheckups()) {
            assertThat(checkup.data().positions()).hasSize(10).allMatch(p -> p >= -3 && p <= 3);
        }
    }

    @Test
    void theDemoHasTheNamedCentersInTheirZonesAndBothYears() {
        assertThat(DEMO.centers().stream().map(e -> e.data().centerId()).toList())
                .containsExactly("north-yard", "river-quarter", "old-mill");
        assertThat(DEMO.participants()).hasSize(300);
        Set<Integer> years = DEMO.events().stream().map(e -> e.data().startsAt().atZone(ZoneId.of("UTC")).getYear())
                .collect(Collectors.toSet());
        assertThat(years).contains(2025, 2026);
        assertThat(DEMO.cancellations().stream().anyMatch(c -> c.data().cancelledAt().isBefore(Instant.parse("2026-11-26T00:00:00Z"))))
                .isTrue();
        assertThat(SMALL.centers().stream().map(e -> ZoneId.of(e.data().timezone())).distinct().count()).isGreaterThan(1);
        assertThat(DEMO.participants().stream().map(Envelope::data).filter(ParticipantJoined::researchConsent).count())
                .isBetween(250L, 299L);
    }

    @Test
    void topicsComeInTheDocumentedOrder() {
        List<String> topics = new ArrayList<>();
        DEMO.allInTopicOrder().map(Envelope::topic).forEach(topic -> {
            if (topics.isEmpty() || !topics.getLast().equals(topic)) {
                topics.add(topic);
            }
        });
        assertThat(topics).containsExactly(Topics.MEMBERSHIPS_CENTERS, Topics.MEMBERSHIPS_PARTICIPANTS, Topics.MEMBERSHIPS_PASSES,
                Topics.EVENTS_CALENDAR, Topics.EVENTS_INITIATIVES, Topics.EVENTS_REGISTRATIONS, Topics.EVENTS_ATTENDANCE,
                Topics.ASSESSMENTS_SUBJECTIVITY, Topics.ASSESSMENTS_MODEL_CHECKUPS);
    }

    @Test
    void theLargeNetworkStreamsItsFiveMillionCheckInsWithoutHoldingThem() {
        SimulatedNetwork large = NetworkSimulator.generate(NetworkSpec.large(7));
        assertThat(large.checkInCount()).isEqualTo(5_000_000);
        assertThat(large.participants()).hasSize(50_000);
        assertThat(large.centers()).hasSize(100);

        long before = usedHeapAfterGc();
        AtomicLong counted = new AtomicLong();
        large.checkIns().limit(300_000).forEach(e -> counted.incrementAndGet());
        long after = usedHeapAfterGc();

        assertThat(counted.get()).isEqualTo(300_000);
        assertThat(after - before).as("heap kept after streaming 300k check-ins").isLessThan(64L * 1024 * 1024);

        // iterating (not only pushing) reads the topics part by part: 1.6 million registrations are not buffered
        long records = large.centers().size() + large.participants().size() + large.passes().size() + large.events().size()
                + large.reschedules().size() + large.cancellations().size() + large.initiatives().size();
        long heapBefore = usedHeapAfterGc();
        java.util.Iterator<Envelope<? extends DomainEvent>> all = large.allInTopicOrder().iterator();
        for (long i = 0; i < records; i++) {
            all.next();
        }
        assertThat(all.next().data()).isInstanceOf(RegistrationMade.class);
        assertThat(usedHeapAfterGc() - heapBefore).as("heap after the first registration").isLessThan(128L * 1024 * 1024);
    }


    // ------------------------------------------------------------------------------------------

    private String fingerprint(SimulatedNetwork network, long checkIns) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            java.util.function.Consumer<Envelope<?>> add = e -> digest.update(codec.encode(e));
            network.centers().forEach(add);
            network.participants().forEach(add);
            network.passes().forEach(add);
            network.events().forEach(add);
            network.reschedules().forEach(add);
            network.cancellations().forEach(add);
            network.initiatives().forEach(add);
            network.modelCheckups().forEach(add);
            network.selfAssessments().forEach(a -> digest.update((a.assessmentId() + " " + a.answeredAt() + " "
                    + new java.util.TreeMap<>(a.answers())).getBytes(StandardCharsets.UTF_8)));
            network.registrations().limit(checkIns / 10).forEach(add);
            network.checkIns().limit(checkIns).forEach(add);
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The final start and end of every event (after a reschedule). */
    private static Map<UUID, Instant[]> windows(SimulatedNetwork network) {
        Map<UUID, Instant[]> windows = new HashMap<>();
        network.events().forEach(e -> windows.put(e.data().eventId(), new Instant[] {e.data().startsAt(), e.data().endsAt()}));
        network.reschedules().forEach(e -> windows.put(e.data().eventId(), new Instant[] {e.data().startsAt(), e.data().endsAt()}));
        return windows;
    }

    private static double meanChange(List<UUID> ids, Map<UUID, List<Double>> indexes) {
        return ids.stream().mapToDouble(id -> indexes.get(id).getLast() - indexes.get(id).getFirst()).average().orElseThrow();
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
