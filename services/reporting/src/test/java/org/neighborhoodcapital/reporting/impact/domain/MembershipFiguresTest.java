package org.neighborhoodcapital.reporting.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.INITIATOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.LEADER;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.NEIGHBOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.PARTICIPANT;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.aParticipant;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.aPass;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.anEventAt;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.anInitiative;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.eur;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.excluded;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.joined;
import static org.neighborhoodcapital.reporting.impact.domain.Facts.step;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.reporting.impact.domain.FunnelFigures.Transition;

/** New participants, funnel, passes, self-sufficiency, four-step stage and exclusions, worked by hand. */
class MembershipFiguresTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow"); // UTC+3 all year
    private static final CenterZones ZONES = new CenterZones(Map.of("msk", MOSCOW), ZoneOffset.UTC);

    private final ImpactCalculator calculator = new ImpactCalculator(ImpactRules.DEFAULT);

    private ImpactReport report(int year, List<EventFacts> events, List<InitiativeFacts> initiatives, MembershipFacts membership) {
        return calculator.compute(year, ZONES, events, initiatives, membership);
    }

    private ImpactReport report(int year, MembershipFacts membership) {
        return report(year, List.of(), List.of(), membership);
    }

    private static MembershipFacts participants(ParticipantFacts... participants) {
        return new MembershipFacts(List.of(participants), List.of(), List.of(), Map.of());
    }

    private static MembershipFacts passes(Map<String, Money> budgets, PassFacts... passes) {
        return new MembershipFacts(List.of(), List.of(), List.of(passes), budgets);
    }

    private static CenterImpact center(ImpactReport report, String centerId) {
        return report.centers().stream().filter(c -> c.centerId().equals(centerId)).findFirst()
                .orElseThrow(() -> new AssertionError(centerId + " is not in the report"));
    }

    private static Map<FunnelStage, Long> distribution(long neighbor, long participant, long initiator, long leader) {
        return Map.of(NEIGHBOR, neighbor, PARTICIPANT, participant, INITIATOR, initiator, LEADER, leader);
    }

    /**
     * 2025-12-31T21:30Z is Jan 1 00:30 in Moscow but still Dec 31 in UTC; 2026-12-31T21:00Z is already
     * Jan 1 2027 in Moscow, one second earlier is still 2026.
     */
    @Test
    void aParticipantIsNewInTheYearOfTheirJoiningDateInTheirHomeCentersZone() {
        MembershipFacts members = participants(
                joined(aParticipant(), "msk", "2025-12-31T21:30:00Z"),
                joined(aParticipant(), "utc", "2025-12-31T21:30:00Z"),
                joined(aParticipant(), "msk", "2026-12-31T21:00:00Z"),
                joined(aParticipant(), "msk", "2026-12-31T20:59:59Z"));

        ImpactReport y2026 = report(2026, members);
        ImpactReport y2025 = report(2025, members);

        assertThat(center(y2026, "msk").membership().newParticipants()).isEqualTo(2);
        assertThat(y2026.centers()).extracting(CenterImpact::centerId).as("utc had no new member in 2026").containsExactly("msk");
        assertThat(y2026.networkMembership().newParticipants()).isEqualTo(2);
        assertThat(y2026.networkMembership().funnel().distribution())
                .as("joined by the end of 2026: both msk of 2026 and utc of 2025").isEqualTo(distribution(3, 0, 0, 0));
        assertThat(y2025.networkMembership().newParticipants()).isEqualTo(1);
        assertThat(center(y2025, "utc").membership().newParticipants()).isEqualTo(1);
        assertThat(y2025.networkMembership().funnel().distribution()).isEqualTo(distribution(1, 0, 0, 0));
    }

    /**
     * utc, 2026. q (joined 2025): NEIGHBOR -> INITIATOR on Mar 1 (a jump, one transition), -> LEADER on
     * Jan 1 2027. r (joined Feb 2026): NEIGHBOR -> PARTICIPANT Apr 1 (announced twice), PARTICIPANT ->
     * INITIATOR at the last second of 2026. s (joined May 2026): no step.
     * End of 2026: NEIGHBOR 1 (s), INITIATOR 2 (q, r). Transitions in 2026: N->P 1, N->I 1, P->I 1.
     */
    @Test
    void theFunnelCountsEachParticipantsHighestStageAtTheYearEndAndTheStepsDatedInTheYear() {
        UUID q = aParticipant();
        UUID r = aParticipant();
        UUID s = aParticipant();
        MembershipFacts members = new MembershipFacts(
                List.of(joined(q, "utc", "2025-06-01T10:00:00Z"), joined(r, "utc", "2026-02-01T10:00:00Z"),
                        joined(s, "utc", "2026-05-01T10:00:00Z")),
                List.of(step(q, "utc", INITIATOR, LEADER, "2027-01-01T00:00:00Z"),
                        step(q, "utc", NEIGHBOR, INITIATOR, "2026-03-01T10:00:00Z"),
                        step(r, "utc", PARTICIPANT, INITIATOR, "2026-12-31T23:59:59Z"),
                        step(r, "utc", NEIGHBOR, PARTICIPANT, "2026-04-01T10:00:00Z"),
                        step(r, "utc", NEIGHBOR, PARTICIPANT, "2026-04-01T10:00:00Z")),
                List.of(), Map.of());

        FunnelFigures y2026 = center(report(2026, members), "utc").membership().funnel();
        FunnelFigures y2027 = report(2027, members).networkMembership().funnel();

        assertThat(y2026.distribution()).isEqualTo(distribution(1, 0, 2, 0));
        assertThat(y2026.transitions()).containsExactly(
                new Transition(NEIGHBOR, PARTICIPANT, 1), new Transition(NEIGHBOR, INITIATOR, 1), new Transition(PARTICIPANT, INITIATOR, 1));
        assertThat(y2027.distribution()).isEqualTo(distribution(1, 0, 1, 1));
        assertThat(y2027.transitions()).containsExactly(new Transition(INITIATOR, LEADER, 1));
    }

    /**
     * Corrections from memberships (history that arrived late): t was announced N -> P on 2026-12-20 and
     * again on 2025-11-01; u was announced N -> I on 2026-03-01, then N -> P on 2025-12-15 (a jump split).
     * End of 2025: t PARTICIPANT, u PARTICIPANT. 2025 transitions: N->P 2. End of 2026: t PARTICIPANT,
     * u INITIATOR; 2026 transitions: P->I 1 (the jump N->I is no longer one, t's later N->P not a step).
     */
    @Test
    void aCorrectedEarlierStepCountsAtItsEarliestDateAndSplitsAnAnnouncedJump() {
        UUID t = aParticipant();
        UUID u = aParticipant();
        MembershipFacts members = new MembershipFacts(
                List.of(joined(t, "utc", "2025-06-01T10:00:00Z"), joined(u, "utc", "2025-06-01T10:00:00Z")),
                List.of(step(t, "utc", NEIGHBOR, PARTICIPANT, "2026-12-20T10:00:00Z"),
                        step(u, "utc", NEIGHBOR, INITIATOR, "2026-03-01T10:00:00Z"),
                        step(t, "utc", NEIGHBOR, PARTICIPANT, "2025-11-01T10:00:00Z"),
                        step(u, "utc", NEIGHBOR, PARTICIPANT, "2025-12-15T10:00:00Z")),
                List.of(), Map.of());

        FunnelFigures y2025 = report(2025, members).networkMembership().funnel();
        FunnelFigures y2026 = report(2026, members).networkMembership().funnel();

        assertThat(y2025.distribution()).isEqualTo(distribution(0, 2, 0, 0));
        assertThat(y2025.transitions()).containsExactly(new Transition(NEIGHBOR, PARTICIPANT, 2));
        assertThat(y2026.distribution()).isEqualTo(distribution(0, 1, 1, 0));
        assertThat(y2026.transitions()).containsExactly(new Transition(PARTICIPANT, INITIATOR, 1));
    }

    /**
     * msk (UTC+3, year ends 2026-12-31T21:00Z), budget 10,000 EUR, 2026. Each pass bought for 1000:
     * A Dec 1 until Jan 15 2027 (active); B until 21:00Z exactly (valid to the last instant: active);
     * C until 20:59:59Z (expired: not active); D cancelled Dec 20, refund 400 (not active);
     * E until Jun 1 2026 but renewed May 30 for 800 until Jun 1 2027 (active).
     * sold 5, renewed 1, active 3, revenue 5000 + 800 - 400 = 5400, self-sufficiency 0.54.
     */
    @Test
    void passesActiveAcrossTheYearEndAndTheRevenueOfTheYear() {
        Map<String, Money> budget = Map.of("msk", eur(10_000));
        MembershipFacts facts = passes(budget,
                aPass("msk").bought("2026-12-01T10:00:00Z", eur(1000)).validUntil("2027-01-15T10:00:00Z").build(),
                aPass("msk").bought("2026-01-10T10:00:00Z", eur(1000)).validUntil("2026-12-31T21:00:00Z").build(),
                aPass("msk").bought("2026-01-10T10:00:00Z", eur(1000)).validUntil("2026-12-31T20:59:59Z").build(),
                aPass("msk").bought("2026-03-01T10:00:00Z", eur(1000)).validUntil("2027-03-01T10:00:00Z")
                        .cancelled("2026-12-20T10:00:00Z", eur(400)).build(),
                aPass("msk").bought("2026-01-05T10:00:00Z", eur(1000)).validUntil("2026-06-01T10:00:00Z")
                        .renewed("2026-05-30T10:00:00Z", eur(800), "2027-06-01T10:00:00Z").build());

        CenterMembership msk = center(report(2026, facts), "msk").membership();
        ImpactReport y2027 = report(2027, facts);

        assertThat(msk.passes()).isEqualTo(new PassFigures(3, 5, 1, Map.of("EUR", 5400L)));
        assertThat(msk.currency()).isEqualTo("EUR");
        assertThat(msk.revenueMinor()).isEqualTo(5400);
        assertThat(msk.selfSufficiency()).isCloseTo(0.54, within(1e-9));
        assertThat(y2027.networkMembership().passes())
                .as("2027: nothing sold, A ended Jan 15, D ended Mar 1 (but was cancelled), E ended Jun 1")
                .isEqualTo(new PassFigures(0, 0, 0, Map.of()));
        assertThat(y2027.centers()).as("no activity in 2027").isEmpty();
        assertThat(y2027.networkMembership().selfSufficiency()).as("0 / 10,000").isEqualTo(0.0);
    }

    /** A pass bought in 2025 (1200) and refunded in 2026 (500): 2025 keeps the sale, 2026 carries the refund. */
    @Test
    void aRefundCountsInTheYearItIsDatedEvenForAPurchaseOfThePreviousYear() {
        MembershipFacts facts = passes(Map.of(),
                aPass("utc").bought("2025-11-01T10:00:00Z", eur(1200)).validUntil("2026-11-01T10:00:00Z")
                        .cancelled("2026-02-01T10:00:00Z", eur(500)).build());

        PassFigures y2025 = report(2025, facts).networkMembership().passes();
        CenterMembership y2026 = center(report(2026, facts), "utc").membership();

        assertThat(y2025).isEqualTo(new PassFigures(1, 1, 0, Map.of("EUR", 1200L)));
        assertThat(y2026.passes()).isEqualTo(new PassFigures(0, 0, 0, Map.of("EUR", -500L)));
        assertThat(y2026.revenueMinor()).isEqualTo(-500);
        assertThat(y2026.selfSufficiency()).as("no budget").isNull();
    }

    /**
     * utc 2026: one event attended by ann (known), bob (erased), cat (consent withdrawn) and dan (unknown
     * to memberships). bob and cat joined in 2026 and stepped up the funnel; bob holds a pass.
     * Counted: ann and dan only; bob's pass money stays the center's but he holds no counted pass.
     */
    @Test
    void anErasedOrWithdrawnParticipantDisappearsFromEveryParticipantFigureButTheMoneyStays() {
        UUID ann = aParticipant();
        UUID bob = aParticipant();
        UUID cat = aParticipant();
        UUID dan = aParticipant();
        MembershipFacts members = new MembershipFacts(
                List.of(joined(ann, "utc", "2026-01-10T10:00:00Z"), excluded(bob, "utc", "2026-01-10T10:00:00Z"),
                        excluded(cat, "utc", "2026-01-10T10:00:00Z")),
                List.of(step(bob, "utc", NEIGHBOR, INITIATOR, "2026-03-01T10:00:00Z"),
                        step(cat, "utc", NEIGHBOR, PARTICIPANT, "2026-03-01T10:00:00Z")),
                List.of(aPass("utc").heldBy(bob).bought("2026-02-01T10:00:00Z", eur(1000)).validUntil("2027-02-01T10:00:00Z").build()),
                Map.of());
        EventFacts meeting = anEventAt("utc").startingAt("2026-05-15T10:00:00Z").attendedBy(ann, bob, cat, dan).build();
        EventFacts later = anEventAt("utc").startingAt("2026-07-15T10:00:00Z").attendedBy(bob, cat).build();

        ImpactReport report = report(2026, List.of(meeting, later), List.of(), members);

        ImpactFigures activity = report.network();
        assertThat(activity.eventsHeld()).isEqualTo(2);
        assertThat(activity.attendances()).isEqualTo(2);
        assertThat(activity.uniqueParticipants()).isEqualTo(2);
        assertThat(activity.returningParticipants()).as("bob and cat came in May and July but are gone").isZero();
        CenterMembership utc = center(report, "utc").membership();
        assertThat(utc.newParticipants()).isEqualTo(1);
        assertThat(utc.funnel().distribution()).isEqualTo(distribution(1, 0, 0, 0));
        assertThat(utc.funnel().transitions()).isEmpty();
        assertThat(utc.passes()).isEqualTo(new PassFigures(0, 1, 0, Map.of("EUR", 1000L)));
    }

    /**
     * full: event held, SHARING, a paid resident-led event, revenue 1000 = budget 1000 -> 4.
     * gap: SHARING and MICRO_BUSINESS but no event held -> 0.
     * no2: events and MICRO_BUSINESS, no SHARING/CROWDFUNDING -> 1.
     * free: event, CROWDFUNDING, a free resident-led event only -> 2.
     */
    @Test
    void theFourStepStageCountsAStageOnlyWhenEveryStageBelowIsReached() {
        List<EventFacts> events = List.of(
                anEventAt("full").startingAt("2026-04-01T10:00:00Z").ledByAResident().paid().build(),
                anEventAt("no2").startingAt("2026-04-01T10:00:00Z").build(),
                anEventAt("free").startingAt("2026-04-01T10:00:00Z").ledByAResident().build());
        List<InitiativeFacts> initiatives = List.of(
                anInitiative("full", InitiativeType.SHARING, "2026-02-01T10:00:00Z"),
                anInitiative("gap", InitiativeType.SHARING, "2026-02-01T10:00:00Z"),
                anInitiative("gap", InitiativeType.MICRO_BUSINESS, "2026-02-01T10:00:00Z"),
                anInitiative("no2", InitiativeType.MICRO_BUSINESS, "2026-02-01T10:00:00Z"),
                anInitiative("free", InitiativeType.CROWDFUNDING, "2026-02-01T10:00:00Z"));
        MembershipFacts money = passes(Map.of("full", eur(1000), "gap", eur(1000)),
                aPass("full").bought("2026-02-01T10:00:00Z", eur(1000)).build(),
                aPass("gap").bought("2026-02-01T10:00:00Z", eur(1000)).build());

        ImpactReport report = report(2026, events, initiatives, money);

        assertThat(report.centers()).extracting(c -> c.centerId() + "=" + c.membership().fourStepStage())
                .containsExactly("free=2", "full=4", "gap=0", "no2=1");
        assertThat(report.networkMembership().fourStepStages()).isEqualTo(Map.of(0, 1L, 1, 1L, 2, 1L, 3, 0L, 4, 1L));
        assertThat(report.networkMembership().selfSufficiency()).as("2000 / 2000").isEqualTo(1.0);
        ImpactReport stricter = new ImpactCalculator(new ImpactRules(2, 1.5)).compute(2026, ZONES, events, initiatives, money);
        assertThat(center(stricter, "full").membership().fourStepStage()).as("1.0 < threshold 1.5").isEqualTo(3);
    }

    @Test
    void selfSufficiencyIsNullWithoutABudgetOrAcrossCurrencies() {
        MembershipFacts facts = passes(Map.of("eur", eur(10_000), "rub", new Money(1_000_000, "RUB")),
                aPass("eur").bought("2026-02-01T10:00:00Z", eur(2_000)).build(),
                aPass("eur").bought("2026-02-01T10:00:00Z", new Money(500, "USD")).build(),
                aPass("rub").bought("2026-02-01T10:00:00Z", new Money(300_000, "RUB")).build(),
                aPass("none").bought("2026-02-01T10:00:00Z", eur(700)).build());

        ImpactReport report = report(2026, facts);

        assertThat(center(report, "eur").membership().selfSufficiency()).as("USD revenue beside an EUR budget").isNull();
        assertThat(center(report, "eur").membership().revenueMinor()).isEqualTo(2_000);
        assertThat(center(report, "rub").membership().selfSufficiency()).isCloseTo(0.3, within(1e-9));
        assertThat(center(report, "none").membership().selfSufficiency()).isNull();
        assertThat(center(report, "none").membership().currency()).isEqualTo("EUR");
        assertThat(report.networkMembership().selfSufficiency()).as("budgets in EUR and RUB").isNull();
        assertThat(report.networkMembership().passes().revenueByCurrency())
                .isEqualTo(Map.of("EUR", 2_700L, "USD", 500L, "RUB", 300_000L));
    }

    @Test
    void networkSelfSufficiencyIsTotalRevenueOverTotalBudgetOfTheCentersWithABudget() {
        MembershipFacts facts = passes(Map.of("a", eur(10_000), "b", eur(5_000)),
                aPass("a").bought("2026-02-01T10:00:00Z", eur(5_400)).build(),
                aPass("c").bought("2026-02-01T10:00:00Z", eur(9_999)).build());

        assertThat(report(2026, facts).networkMembership().selfSufficiency()).as("5400 / 15000").isCloseTo(0.36, within(1e-9));
    }
}
