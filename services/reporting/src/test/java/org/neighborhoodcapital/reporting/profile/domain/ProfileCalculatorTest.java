package org.neighborhoodcapital.reporting.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.reporting.impact.domain.CenterZones;
import org.neighborhoodcapital.reporting.impact.domain.EventFacts;
import org.neighborhoodcapital.reporting.impact.domain.FunnelChangeFacts;
import org.neighborhoodcapital.reporting.impact.domain.MembershipFacts;
import org.neighborhoodcapital.reporting.impact.domain.ParticipantFacts;
import org.neighborhoodcapital.reporting.impact.domain.PassFacts;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Engagement;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Outcome;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.OutcomeGroup;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile.Profile;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.ChangeStat;
import org.neighborhoodcapital.reporting.profile.domain.ProfileFigures.ScoreStat;

/**
 * Year 2026, every center in UTC. Home center c1:
 * <pre>
 * p1 joined 2025-01-01; SI/AGENCY 40/50 (2025-03-01), 60/55 (2026-05-01), 70/40 (2026-10-01); attended e1 e2 e3;
 *    PARTICIPANT from 2026-06-01, INITIATOR only from 2027-02-01
 * p2 joined 2025-01-01; SI/AGENCY 50/50 (2026-02-01) only; attended e1
 * p3 joined 2026-07-02; SI 30 (2026-08-01), SI 20 (2026-09-01), no AGENCY; attended only the cancelled e4 and 2025's e5
 * p4 joined 2026-07-02; no assessment; attended e1 e2; pass active through the end of 2026
 * p5 erased, p6 joined without consent: assessed and attended e1, in no figure
 * </pre>
 * latest SI [70, 50, 20]: mean 140/3, squared deviations 1266.67 → SD √(1900/3);
 * AGENCY [40, 50]: mean 45, SD √50. SI change [+30 (p1), −10 (p3)]: mean 10, SD √800, ½ improved, ½ declined;
 * AGENCY change [−10]: n 1. Engagement over p1 (3), p2 (1), p4 (2): mean 2, median 2, tenure
 * (730 + 730 + 183) / 3 days / 30.4375, pass share 1/3, funnel NEIGHBOR 2 PARTICIPANT 1.
 * Outcome: attendances of p3 (0) and p1 (3): quartiles 0.75, 1.5, 2.25: p3 in ≤Q1 (−10), p1 in >Q3 (+30).
 */
class ProfileCalculatorTest {

    private static final CenterZones UTC = CenterZones.allIn(ZoneId.of("UTC"));
    private static final UUID P1 = id(1), P2 = id(2), P3 = id(3), P4 = id(4), P5 = id(5), P6 = id(6);

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T10:00:00Z");
    }

    private static AssessmentFacts scored(UUID participant, String date, Double si, Double agency) {
        Map<String, Double> scores = agency == null ? Map.of("BELONGING", 10.0) : Map.of("AGENCY", agency);
        return new AssessmentFacts(UUID.randomUUID(), participant, at(date), scores, si);
    }

    private static EventFacts event(String date, boolean cancelled, UUID... attendees) {
        return new EventFacts(UUID.randomUUID(), "c1", at(date), cancelled, false, List.of(attendees));
    }

    private ParticipantProfile handWorked(int k) {
        List<EventFacts> events = List.of(
                event("2026-03-01", false, P1, P2, P4, P5, P6),
                event("2026-04-01", false, P1, P4, P1),
                event("2026-05-01", false, P1),
                event("2026-06-01", true, P2, P3),
                event("2025-06-01", false, P3));
        MembershipFacts membership = new MembershipFacts(
                List.of(new ParticipantFacts(P1, "c1", at("2025-01-01"), false),
                        new ParticipantFacts(P2, "c1", at("2025-01-01"), false),
                        new ParticipantFacts(P3, "c1", at("2026-07-02"), false),
                        new ParticipantFacts(P4, "c1", at("2026-07-02"), false),
                        new ParticipantFacts(P5, "c1", at("2025-01-01"), true),
                        new ParticipantFacts(P6, "c1", at("2025-01-01"), true)),
                List.of(new FunnelChangeFacts(P1, "c1", FunnelStage.NEIGHBOR, FunnelStage.PARTICIPANT, at("2026-06-01")),
                        new FunnelChangeFacts(P1, "c1", FunnelStage.PARTICIPANT, FunnelStage.INITIATOR, at("2027-02-01"))),
                List.of(new PassFacts(UUID.randomUUID(), "c1", P4, at("2026-07-02"), new Money(1000, "EUR"), at("2026-07-02"),
                        at("2027-07-02"), List.of(), null, null)),
                Map.of());
        List<AssessmentFacts> assessments = List.of(
                scored(P1, "2026-10-01", 70.0, 40.0),
                scored(P1, "2025-03-01", 40.0, 50.0),
                scored(P1, "2026-05-01", 60.0, 55.0),
                scored(P2, "2026-02-01", 50.0, 50.0),
                scored(P3, "2026-09-01", 20.0, null),
                scored(P3, "2026-08-01", 30.0, null),
                scored(P5, "2026-08-01", 90.0, 90.0),
                scored(P5, "2025-08-01", 10.0, 10.0),
                scored(P6, "2026-08-01", 90.0, 90.0));
        return new ProfileCalculator(new Suppression(k)).compute(2026, UTC, events, membership, assessments);
    }

    @SuppressWarnings("unchecked")
    private static <T> T shown(Figure<T> figure) {
        assertThat(figure).isInstanceOf(Figure.Shown.class);
        return ((Figure.Shown<T>) figure).value();
    }

    @Test
    void theLatestScoresInTheYearAreAveragedWithSampleSdAndConfidenceInterval() {
        Profile network = handWorked(1).network();
        assertThat(network.participants()).isEqualTo(4);
        ScoreStat si = shown(network.scores().get(ProfileFigures.SUBJECTIVITY_INDEX));
        double sd = Math.sqrt(1900.0 / 3);
        assertThat(si.n()).isEqualTo(3);
        assertThat(si.mean()).isCloseTo(140.0 / 3, within(1e-9));
        assertThat(si.sd()).isCloseTo(sd, within(1e-9));
        assertThat(si.ciLow()).isCloseTo(140.0 / 3 - 1.96 * sd / Math.sqrt(3), within(1e-9));
        assertThat(si.ciHigh()).isCloseTo(140.0 / 3 + 1.96 * sd / Math.sqrt(3), within(1e-9));
        ScoreStat agency = shown(network.scores().get("AGENCY"));
        assertThat(agency.n()).isEqualTo(2);
        assertThat(agency.mean()).isEqualTo(45.0);
        assertThat(agency.sd()).isCloseTo(Math.sqrt(50), within(1e-9));
        ScoreStat openness = shown(network.scores().get("OPENNESS"));
        assertThat(openness).isEqualTo(new ScoreStat(0, null, null, null, null));
    }

    @Test
    void theChangeIsTheLatestInTheYearMinusTheFirstEverOverParticipantsAssessedEarlier() {
        Profile network = handWorked(1).network();
        ChangeStat si = shown(network.changes().get(ProfileFigures.SUBJECTIVITY_INDEX));
        assertThat(si.n()).isEqualTo(2);
        assertThat(si.mean()).isEqualTo(10.0);
        assertThat(si.sd()).isCloseTo(Math.sqrt(800), within(1e-9));
        assertThat(si.ciLow()).isCloseTo(10 - 1.96 * Math.sqrt(800) / Math.sqrt(2), within(1e-9));
        assertThat(si.shareImproved()).isEqualTo(0.5);
        assertThat(si.shareDeclined()).isEqualTo(0.5);
        ChangeStat agency = shown(network.changes().get("AGENCY"));
        assertThat(agency).isEqualTo(new ChangeStat(1, -10.0, null, null, null, 0.0, 1.0));
    }

    /**
     * p1's PARTICIPANT was first announced at 2027-02-01, then corrected to 2026-06-01 (history arrived
     * late): a PARTICIPANT at the end of 2026. p2 was announced NEIGHBOR -> INITIATOR at 2026-08-01.
     */
    @Test
    void theFunnelStageAtYearEndIsTheEarliestAnnouncedDateOfEachStage() {
        MembershipFacts membership = new MembershipFacts(
                List.of(new ParticipantFacts(P1, "c1", at("2025-01-01"), false), new ParticipantFacts(P2, "c1", at("2025-01-01"), false)),
                List.of(new FunnelChangeFacts(P1, "c1", FunnelStage.NEIGHBOR, FunnelStage.PARTICIPANT, at("2027-02-01")),
                        new FunnelChangeFacts(P2, "c1", FunnelStage.NEIGHBOR, FunnelStage.INITIATOR, at("2026-08-01")),
                        new FunnelChangeFacts(P1, "c1", FunnelStage.NEIGHBOR, FunnelStage.PARTICIPANT, at("2026-06-01"))),
                List.of(), Map.of());

        ParticipantProfile profile = new ProfileCalculator(new Suppression(1))
                .compute(2026, UTC, List.of(event("2026-03-01", false, P1, P2)), membership, List.of());

        assertThat(shown(profile.network().engagement()).funnel()).isEqualTo(Map.of(FunnelStage.NEIGHBOR, Figure.shown(0L),
                FunnelStage.PARTICIPANT, Figure.shown(1L), FunnelStage.INITIATOR, Figure.shown(1L), FunnelStage.LEADER, Figure.shown(0L)));
    }

    @Test
    void engagementCountsAttendancesAtEventsHeldInTheYearTenurePassesAndTheFunnelAtYearEnd() {
        Engagement e = shown(handWorked(1).network().engagement());
        assertThat(e.n()).isEqualTo(3);
        assertThat(e.meanAttendances()).isEqualTo(2.0);
        assertThat(e.medianAttendances()).isEqualTo(2.0);
        assertThat(e.meanTenureMonths()).isCloseTo((730 + 730 + 183) / 3.0 / 30.4375, within(1e-9));
        assertThat(e.activePassShare()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(e.funnel()).isEqualTo(Map.of(FunnelStage.NEIGHBOR, Figure.shown(2L), FunnelStage.PARTICIPANT, Figure.shown(1L),
                FunnelStage.INITIATOR, Figure.shown(0L), FunnelStage.LEADER, Figure.shown(0L)));
    }

    @Test
    void participantsWithAnSiChangeAreGroupedAroundTheQuartilesOfTheirAttendances() {
        Outcome outcome = shown(handWorked(1).participationOutcome());
        assertThat(outcome.n()).isEqualTo(2);
        assertThat(outcome.quartiles()).isEqualTo(new Statistics.Quartiles(0.75, 1.5, 2.25));
        assertThat(outcome.groups()).containsExactly(
                Map.entry("<=Q1", Figure.shown(new OutcomeGroup(1, -10.0))),
                Map.entry("(Q1,Q2]", Figure.shown(new OutcomeGroup(0, null))),
                Map.entry("(Q2,Q3]", Figure.shown(new OutcomeGroup(0, null))),
                Map.entry(">Q3", Figure.shown(new OutcomeGroup(1, 30.0))));
    }

    @Test
    void breakdownsRepeatTheFiguresPerHomeCenterAndPerFunnelStageAtYearEnd() {
        ParticipantProfile profile = handWorked(1);
        assertThat(profile.byHomeCenter()).containsOnlyKeys("c1");
        assertThat(shown(profile.byHomeCenter().get("c1"))).isEqualTo(profile.network());
        Profile participant = shown(profile.byFunnelStage().get(FunnelStage.PARTICIPANT));
        assertThat(participant.participants()).isEqualTo(1);
        assertThat(shown(participant.scores().get(ProfileFigures.SUBJECTIVITY_INDEX)).mean()).isEqualTo(70.0);
        assertThat(shown(profile.byFunnelStage().get(FunnelStage.NEIGHBOR)).participants()).isEqualTo(3);
        assertThat(shown(profile.byFunnelStage().get(FunnelStage.LEADER)).participants()).isZero();
    }

    @Test
    void withKFiveEveryFigureFromAssessmentsOverFewerThanFiveIsWithheld() {
        ParticipantProfile profile = handWorked(5);
        Profile network = profile.network();
        assertThat(network.scores().get(ProfileFigures.SUBJECTIVITY_INDEX)).isEqualTo(Figure.withheld());
        assertThat(network.changes().get("AGENCY")).isEqualTo(Figure.withheld());
        assertThat(profile.participationOutcome()).isEqualTo(Figure.withheld());
        // the network's engagement is not from assessments: shown, but its small funnel cells are withheld
        Engagement e = shown(network.engagement());
        assertThat(e.meanAttendances()).isEqualTo(2.0);
        assertThat(e.funnel().get(FunnelStage.NEIGHBOR)).isEqualTo(Figure.withheld());
        assertThat(e.funnel().get(FunnelStage.PARTICIPANT)).isEqualTo(Figure.withheld());
        assertThat(e.funnel().get(FunnelStage.LEADER)).isEqualTo(Figure.shown(0L));
        // the single center holds 4 participants: withheld, and no other cell to complement
        assertThat(profile.byHomeCenter().get("c1")).isEqualTo(Figure.withheld());
    }

    /** Centers a (8 active and assessed), b (3), c (6), d (7 active and assessed): b is small, c (next smallest) withheld with it. */
    @Test
    void aSingleSmallBreakdownCellTakesTheNextSmallestCellWithItAndSoDoesEachFigureAcrossCells() {
        List<ParticipantFacts> people = new ArrayList<>();
        List<UUID> attendees = new ArrayList<>();
        List<AssessmentFacts> assessments = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> center : Map.of("a", 8, "b", 3, "c", 6, "d", 7).entrySet()) {
            for (int i = 0; i < center.getValue(); i++) {
                UUID p = id(100 + n++);
                people.add(new ParticipantFacts(p, center.getKey(), at("2025-01-01"), false));
                attendees.add(p);
                if (center.getKey().equals("a") || center.getKey().equals("d")) {
                    assessments.add(scored(p, "2026-03-01", 50.0 + i, 50.0));
                }
            }
        }
        List<EventFacts> events = List.of(new EventFacts(UUID.randomUUID(), "a", at("2026-02-01"), false, false, attendees));
        ParticipantProfile profile = new ProfileCalculator(new Suppression(5)).compute(2026, UTC, events,
                new MembershipFacts(people, List.of(), List.of(), Map.of()), assessments);

        assertThat(profile.network().participants()).isEqualTo(24);
        assertThat(profile.byHomeCenter().get("b")).isEqualTo(Figure.withheld());
        assertThat(profile.byHomeCenter().get("c")).isEqualTo(Figure.withheld());
        Profile a = shown(profile.byHomeCenter().get("a"));
        Profile d = shown(profile.byHomeCenter().get("d"));
        // SI across cells: a 8, d 7, b and c none: nothing small, both shown; d: mean of 50..56
        assertThat(shown(a.scores().get(ProfileFigures.SUBJECTIVITY_INDEX)).n()).isEqualTo(8);
        assertThat(shown(d.scores().get(ProfileFigures.SUBJECTIVITY_INDEX)).mean()).isEqualTo(53.0);
        // funnel NEIGHBOR column: a 8, b 3 (withheld row), c 6 (withheld row), d 7 — two withheld, so a and d stay
        assertThat(shown(a.engagement()).funnel().get(FunnelStage.NEIGHBOR)).isEqualTo(Figure.shown(8L));
        assertThat(shown(d.engagement()).funnel().get(FunnelStage.NEIGHBOR)).isEqualTo(Figure.shown(7L));
        // funnel stage breakdown: everyone is a NEIGHBOR, the other stages are empty and shown
        assertThat(shown(profile.byFunnelStage().get(FunnelStage.NEIGHBOR)).participants()).isEqualTo(24);
        assertThat(shown(profile.byFunnelStage().get(FunnelStage.LEADER)).participants()).isZero();
    }

    /** The same with only a (8), b (3), d (5): b withheld, then d (the next smallest) too; SI across a and d is untouched. */
    @Test
    void theComplementIsChosenAmongCellsWithParticipants() {
        List<ParticipantFacts> people = new ArrayList<>();
        List<UUID> attendees = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> center : Map.of("a", 8, "b", 3, "d", 5).entrySet()) {
            for (int i = 0; i < center.getValue(); i++) {
                UUID p = id(200 + n++);
                people.add(new ParticipantFacts(p, center.getKey(), at("2025-01-01"), false));
                attendees.add(p);
            }
        }
        List<EventFacts> events = List.of(new EventFacts(UUID.randomUUID(), "a", at("2026-02-01"), false, false, attendees));
        ParticipantProfile profile = new ProfileCalculator(new Suppression(5)).compute(2026, UTC, events,
                new MembershipFacts(people, List.of(), List.of(), Map.of()), List.of());
        assertThat(profile.byHomeCenter().get("a")).isInstanceOf(Figure.Shown.class);
        assertThat(profile.byHomeCenter().get("b")).isEqualTo(Figure.withheld());
        assertThat(profile.byHomeCenter().get("d")).isEqualTo(Figure.withheld());
    }
}
