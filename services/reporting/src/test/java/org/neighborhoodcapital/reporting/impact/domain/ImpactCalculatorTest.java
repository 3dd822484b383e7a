package org.neighborhoodcapital.reporting.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.aParticipant;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.anEventAt;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.anInitiative;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.events.InitiativeType;

class ImpactCalculatorTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow"); // UTC+3 all year
    private static final CenterZones ZONES = new CenterZones(Map.of("msk", MOSCOW), ZoneOffset.UTC);

    private final ImpactCalculator calculator = new ImpactCalculator(ImpactRules.DEFAULT);

    private ImpactReport report(int year, List<EventFacts> events, List<InitiativeFacts> initiatives) {
        return calculator.compute(year, ZONES, events, initiatives);
    }

    private ImpactReport report(int year, EventFacts... events) {
        return report(year, List.of(events), List.of());
    }

    private static ImpactFigures center(ImpactReport report, String centerId) {
        return report.centers().stream().filter(c -> c.centerId().equals(centerId)).findFirst().orElseThrow().figures();
    }

    @Test
    void anEventBelongsToTheLocalDateOfItsStartInItsCentersZone() {
        // 22:00 UTC on Dec 31 is 01:00 on Jan 1 in Moscow, but still Dec 31 in a UTC center.
        EventFacts moscowNewYear = anEventAt("msk").startingAt("2025-12-31T22:00:00Z").build();
        EventFacts utcNewYearsEve = anEventAt("utc").startingAt("2025-12-31T22:00:00Z").build();
        EventFacts moscowNextNewYear = anEventAt("msk").startingAt("2026-12-31T21:00:00Z").build();
        EventFacts moscowLastMinute = anEventAt("msk").startingAt("2026-12-31T20:59:59Z").build();

        ImpactReport y2026 = report(2026, moscowNewYear, utcNewYearsEve, moscowNextNewYear, moscowLastMinute);
        ImpactReport y2025 = report(2025, moscowNewYear, utcNewYearsEve, moscowNextNewYear, moscowLastMinute);

        assertThat(y2026.network().eventsHeld()).isEqualTo(2);
        assertThat(y2026.centers()).extracting(CenterImpact::centerId).containsExactly("msk");
        assertThat(y2025.network().eventsHeld()).isEqualTo(1);
        assertThat(y2025.centers()).extracting(CenterImpact::centerId).containsExactly("utc");
    }

    @Test
    void aCancelledEventAndItsCheckInsDoNotCount() {
        UUID ann = aParticipant();
        UUID bob = aParticipant();
        EventFacts held = anEventAt("utc").attendedBy(ann).build();
        EventFacts cancelled = anEventAt("utc").ledByAResident().cancelled().attendedBy(ann, bob).build();

        ImpactFigures network = report(2026, held, cancelled).network();

        assertThat(network.eventsHeld()).isEqualTo(1);
        assertThat(network.residentLedEvents()).isZero();
        assertThat(network.attendances()).isEqualTo(1);
        assertThat(network.uniqueParticipants()).isEqualTo(1);
    }

    @Test
    void aCenterWhoseOnlyEventWasCancelledHadNoActivity() {
        ImpactReport report = report(2026, anEventAt("utc").cancelled().attendedBy(aParticipant()).build());

        assertThat(report.centers()).isEmpty();
        assertThat(report.activeCenters()).isZero();
    }

    @Test
    void aRepeatedCheckInCountsOnce() {
        UUID ann = aParticipant();
        UUID bob = aParticipant();

        ImpactFigures network = report(2026, anEventAt("utc").attendedBy(ann, ann, bob, ann).build()).network();

        assertThat(network.attendances()).isEqualTo(2);
        assertThat(network.uniqueParticipants()).isEqualTo(2);
    }

    @Test
    void aParticipantAtTwoEventsMakesTwoAttendances() {
        UUID ann = aParticipant();
        EventFacts first = anEventAt("utc").startingAt("2026-03-02T10:00:00Z").attendedBy(ann).build();
        EventFacts second = anEventAt("utc").startingAt("2026-03-09T10:00:00Z").attendedBy(ann).build();

        ImpactFigures network = report(2026, first, second).network();

        assertThat(network.attendances()).isEqualTo(2);
        assertThat(network.uniqueParticipants()).isEqualTo(1);
        assertThat(network.returningParticipants()).as("two events in one month").isZero();
    }

    @Test
    void residentLedEventsAreTheHeldEventsOrganizedByAResident() {
        ImpactFigures network = report(2026,
                anEventAt("utc").ledByAResident().build(),
                anEventAt("utc").ledByAResident().build(),
                anEventAt("utc").build(),
                anEventAt("utc").ledByAResident().startingAt("2027-01-01T00:00:00Z").build()).network();

        assertThat(network.eventsHeld()).isEqualTo(3);
        assertThat(network.residentLedEvents()).isEqualTo(2);
    }

    @Test
    void aParticipantAtTwoCentersIsOneNetworkParticipantAndOneAtEachCenter() {
        UUID ann = aParticipant();
        UUID bob = aParticipant();
        ImpactReport report = report(2026,
                anEventAt("msk").attendedBy(ann, bob).build(),
                anEventAt("utc").attendedBy(ann).build());

        assertThat(report.network().uniqueParticipants()).isEqualTo(2);
        assertThat(report.network().attendances()).isEqualTo(3);
        assertThat(center(report, "msk").uniqueParticipants()).isEqualTo(2);
        assertThat(center(report, "utc").uniqueParticipants()).isEqualTo(1);
    }

    @Test
    void returningMeansTwoDistinctMonthsPerCenterAtThatCenterAndNetworkWideAcrossCenters() {
        UUID ann = aParticipant(); // January at msk, February at utc: returning only network-wide
        UUID bob = aParticipant(); // January and March at msk: returning at msk and network-wide
        ImpactReport report = report(2026,
                anEventAt("msk").startingAt("2026-01-10T10:00:00Z").attendedBy(ann, bob).build(),
                anEventAt("utc").startingAt("2026-02-10T10:00:00Z").attendedBy(ann).build(),
                anEventAt("msk").startingAt("2026-03-10T10:00:00Z").attendedBy(bob).build());

        assertThat(report.network().returningParticipants()).isEqualTo(2);
        assertThat(center(report, "msk").returningParticipants()).isEqualTo(1);
        assertThat(center(report, "utc").returningParticipants()).isZero();
    }

    @Test
    void theMonthOfAnAttendanceIsThatOfItsEventsLocalStart() {
        UUID ann = aParticipant();
        // 2026-01-31T22:00Z is Feb 1 in Moscow: January + February = returning.
        ImpactFigures msk = center(report(2026,
                anEventAt("msk").startingAt("2026-01-15T10:00:00Z").attendedBy(ann).build(),
                anEventAt("msk").startingAt("2026-01-31T22:00:00Z").attendedBy(ann).build()), "msk");
        UUID bob = aParticipant();
        // The same instants at a UTC center are both in January: not returning.
        ImpactFigures utc = center(report(2026,
                anEventAt("utc").startingAt("2026-01-15T10:00:00Z").attendedBy(bob).build(),
                anEventAt("utc").startingAt("2026-01-31T22:00:00Z").attendedBy(bob).build()), "utc");

        assertThat(msk.returningParticipants()).isEqualTo(1);
        assertThat(utc.returningParticipants()).isZero();
    }

    @Test
    void theReturningThresholdIsConfigurable() {
        UUID ann = aParticipant();
        List<EventFacts> events = List.of(
                anEventAt("utc").startingAt("2026-01-10T10:00:00Z").attendedBy(ann).build(),
                anEventAt("utc").startingAt("2026-02-10T10:00:00Z").attendedBy(ann).build());

        ImpactReport threeMonths = new ImpactCalculator(new ImpactRules(3)).compute(2026, ZONES, events, List.of());

        assertThat(threeMonths.network().returningParticipants()).isZero();
    }

    @Test
    void initiativesCountByTheLocalDateOfTheirLaunchAndEveryTypeIsListed() {
        ImpactReport report = report(2026, List.of(), List.of(
                anInitiative("msk", InitiativeType.SHARING, "2025-12-31T21:30:00Z"), // Jan 1 in Moscow
                anInitiative("msk", InitiativeType.SHARING, "2026-06-01T12:00:00Z"),
                anInitiative("utc", InitiativeType.CLUB, "2026-12-31T23:59:59Z"),
                anInitiative("utc", InitiativeType.CLUB, "2025-12-31T21:30:00Z"), // still 2025 in UTC
                anInitiative("msk", InitiativeType.MICRO_BUSINESS, "2026-12-31T21:30:00Z"))); // 2027 in Moscow

        assertThat(report.network().initiativesLaunched()).containsOnlyKeys(InitiativeType.values());
        assertThat(report.network().initiativesLaunched(InitiativeType.SHARING)).isEqualTo(2);
        assertThat(report.network().initiativesLaunched(InitiativeType.CLUB)).isEqualTo(1);
        assertThat(report.network().initiativesLaunched(InitiativeType.MICRO_BUSINESS)).isZero();
        assertThat(center(report, "msk").initiativesLaunched(InitiativeType.SHARING)).isEqualTo(2);
        assertThat(center(report, "utc").initiativesLaunched()).containsEntry(InitiativeType.CLUB, 1L)
                .containsEntry(InitiativeType.SHARING, 0L);
        assertThat(report.activeCenters()).as("an initiative is activity").isEqualTo(2);
    }

    @Test
    void centersAreListedByIdWithTheZoneTheirDatesWereReadIn() {
        ImpactReport report = report(2026,
                anEventAt("zeta").build(), anEventAt("msk").build(), anEventAt("alpha").build());

        assertThat(report.centers()).extracting(CenterImpact::centerId).containsExactly("alpha", "msk", "zeta");
        assertThat(report.centers()).extracting(CenterImpact::timezone).containsExactly(ZoneOffset.UTC, MOSCOW, ZoneOffset.UTC);
        assertThat(report.activeCenters()).isEqualTo(3);
    }

    /**
     * A small network worked out by hand. Centers: msk (UTC+3), utc. Participants a, b, c, d.
     * <pre>
     * e1 msk 2025-12-31T22:00Z = Jan 1 local, resident-led, a a b  -> held, 2 attendances (Jan)
     * e2 msk 2026-04-10T10:00Z,              staff,        a c    -> held, 2 attendances (Apr)
     * e3 msk 2026-05-10T10:00Z, cancelled,   resident-led, b d    -> not held
     * e4 utc 2026-04-20T10:00Z,              resident-led, b c d  -> held, 3 attendances (Apr)
     * e5 utc 2025-12-31T22:00Z = Dec 31 2025 local,         a    -> other year
     * e6 utc 2026-12-31T23:00Z,              staff,        d      -> held, 1 attendance (Dec)
     * initiatives: msk SHARING 2026-03-01, utc CROWDFUNDING 2026-12-31T22:00Z (Dec 31 local),
     *              msk CLUB 2026-12-31T22:00Z (Jan 1 2027 local: other year)
     * </pre>
     * network: held 4 (e1 e2 e4 e6), resident-led 2 (e1 e4), attendances 2+2+3+1 = 8,
     * unique {a b c d} = 4, months a {Jan Apr} b {Jan Apr} c {Apr} d {Apr Dec} -> returning 3.
     * msk: held 2, resident-led 1, attendances 4, unique {a b c} = 3, months a {Jan Apr} b {Jan} c {Apr} -> returning 1.
     * utc: held 2, resident-led 1, attendances 4, unique {b c d} = 3, months b {Apr} c {Apr} d {Apr Dec} -> returning 1.
     */
    @Test
    void aSmallNetworkGivesTheFiguresWorkedOutByHand() {
        UUID a = aParticipant();
        UUID b = aParticipant();
        UUID c = aParticipant();
        UUID d = aParticipant();
        List<EventFacts> events = List.of(
                anEventAt("msk").startingAt("2025-12-31T22:00:00Z").ledByAResident().attendedBy(a, a, b).build(),
                anEventAt("msk").startingAt("2026-04-10T10:00:00Z").attendedBy(a, c).build(),
                anEventAt("msk").startingAt("2026-05-10T10:00:00Z").ledByAResident().cancelled().attendedBy(b, d).build(),
                anEventAt("utc").startingAt("2026-04-20T10:00:00Z").ledByAResident().attendedBy(b, c, d).build(),
                anEventAt("utc").startingAt("2025-12-31T22:00:00Z").attendedBy(a).build(),
                anEventAt("utc").startingAt("2026-12-31T23:00:00Z").attendedBy(d).build());
        List<InitiativeFacts> initiatives = List.of(
                anInitiative("msk", InitiativeType.SHARING, "2026-03-01T09:00:00Z"),
                anInitiative("utc", InitiativeType.CROWDFUNDING, "2026-12-31T22:00:00Z"),
                anInitiative("msk", InitiativeType.CLUB, "2026-12-31T22:00:00Z"));

        ImpactReport report = report(2026, events, initiatives);

        assertThat(report.year()).isEqualTo(2026);
        assertThat(report.activeCenters()).isEqualTo(2);
        assertThat(report.network()).isEqualTo(figures(4, 2, 8, 4, 3, Map.of(
                InitiativeType.SHARING, 1L, InitiativeType.CROWDFUNDING, 1L)));
        assertThat(center(report, "msk")).isEqualTo(figures(2, 1, 4, 3, 1, Map.of(InitiativeType.SHARING, 1L)));
        assertThat(center(report, "utc")).isEqualTo(figures(2, 1, 4, 3, 1, Map.of(InitiativeType.CROWDFUNDING, 1L)));
    }

    private static ImpactFigures figures(long held, long residentLed, long attendances, long unique, long returning,
                                         Map<InitiativeType, Long> initiatives) {
        Map<InitiativeType, Long> all = new java.util.EnumMap<>(InitiativeType.class);
        for (InitiativeType type : InitiativeType.values()) {
            all.put(type, initiatives.getOrDefault(type, 0L));
        }
        return new ImpactFigures(held, residentLed, attendances, unique, returning, all);
    }
}
