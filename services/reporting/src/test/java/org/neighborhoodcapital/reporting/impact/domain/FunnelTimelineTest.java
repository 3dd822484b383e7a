package org.neighborhoodcapital.reporting.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.INITIATOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.LEADER;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.NEIGHBOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.PARTICIPANT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.reporting.impact.domain.FunnelTimeline.Step;

/** A participant's funnel from their FunnelStageChanged records, corrections included, worked by hand. */
class FunnelTimelineTest {

    private static final UUID ME = UUID.nameUUIDFromBytes("me".getBytes());

    private static FunnelChangeFacts changed(FunnelStage from, FunnelStage to, String at) {
        return new FunnelChangeFacts(ME, "utc", from, to, Instant.parse(at));
    }

    private static Instant at(String at) {
        return Instant.parse(at);
    }

    @Test
    void withoutRecordsAParticipantIsANeighborWithoutSteps() {
        FunnelTimeline timeline = FunnelTimeline.of(List.of());

        assertThat(timeline.stageAt(at("2030-01-01T00:00:00Z"))).isEqualTo(NEIGHBOR);
        assertThat(timeline.steps()).isEmpty();
        assertThat(FunnelTimeline.empty().stageBefore(at("2030-01-01T00:00:00Z"))).isEqualTo(NEIGHBOR);
    }

    @Test
    void aCorrectionArrivingLaterMovesTheStageEarlier() {
        // N -> P announced Mar 10; history arrived late, memberships announced N -> P again at Feb 1
        FunnelTimeline timeline = FunnelTimeline.of(List.of(changed(NEIGHBOR, PARTICIPANT, "2026-03-10T10:00:00Z"),
                changed(NEIGHBOR, PARTICIPANT, "2026-02-01T10:00:00Z")));

        assertThat(timeline.stageAt(at("2026-01-31T23:59:59Z"))).isEqualTo(NEIGHBOR);
        assertThat(timeline.stageAt(at("2026-02-01T10:00:00Z"))).isEqualTo(PARTICIPANT);
        assertThat(timeline.steps()).containsExactly(new Step(NEIGHBOR, PARTICIPANT, at("2026-02-01T10:00:00Z")));
    }

    @Test
    void anInsertedIntermediateStageSplitsAJump() {
        // N -> I announced Mar 10; late check-ins: N -> P at Feb 1 announced afterwards
        FunnelTimeline timeline = FunnelTimeline.of(List.of(changed(NEIGHBOR, INITIATOR, "2026-03-10T10:00:00Z"),
                changed(NEIGHBOR, PARTICIPANT, "2026-02-01T10:00:00Z")));

        assertThat(timeline.steps()).containsExactly(new Step(NEIGHBOR, PARTICIPANT, at("2026-02-01T10:00:00Z")),
                new Step(PARTICIPANT, INITIATOR, at("2026-03-10T10:00:00Z")));
        assertThat(timeline.stageAt(at("2026-03-01T00:00:00Z"))).isEqualTo(PARTICIPANT);
        assertThat(timeline.stageAt(at("2026-03-10T10:00:00Z"))).isEqualTo(INITIATOR);
    }

    @Test
    void aStageReachedAtTheSameTimeAsOrAfterAHigherOneIsSkipped() {
        // I at Feb 1; P at Feb 1 (same time) and L at Mar 1; a late P at Apr 1 changes nothing
        FunnelTimeline timeline = FunnelTimeline.of(List.of(changed(PARTICIPANT, INITIATOR, "2026-02-01T10:00:00Z"),
                changed(NEIGHBOR, PARTICIPANT, "2026-02-01T10:00:00Z"),
                changed(INITIATOR, LEADER, "2026-03-01T10:00:00Z"),
                changed(NEIGHBOR, PARTICIPANT, "2026-04-01T10:00:00Z")));

        assertThat(timeline.steps()).containsExactly(new Step(NEIGHBOR, INITIATOR, at("2026-02-01T10:00:00Z")),
                new Step(INITIATOR, LEADER, at("2026-03-01T10:00:00Z")));
    }

    @Test
    void aStageLaterThanAHigherOneDoesNotTakeTheStageBack() {
        FunnelTimeline timeline = FunnelTimeline.of(List.of(changed(NEIGHBOR, INITIATOR, "2026-02-01T10:00:00Z"),
                changed(NEIGHBOR, PARTICIPANT, "2026-05-01T10:00:00Z")));

        assertThat(timeline.stageAt(at("2026-06-01T00:00:00Z"))).isEqualTo(INITIATOR);
        assertThat(timeline.steps()).containsExactly(new Step(NEIGHBOR, INITIATOR, at("2026-02-01T10:00:00Z")));
    }

    @Test
    void theStageBeforeAnExclusiveEndCountsTheLastInstantButNotTheEnd() {
        FunnelTimeline timeline = FunnelTimeline.of(List.of(changed(NEIGHBOR, PARTICIPANT, "2026-12-31T23:59:59.999Z"),
                changed(PARTICIPANT, INITIATOR, "2027-01-01T00:00:00Z")));

        assertThat(timeline.stageBefore(at("2027-01-01T00:00:00Z"))).isEqualTo(PARTICIPANT);
    }

    @Test
    void theRecordsInAnyOrderWithDuplicatesGiveTheSameTimeline() {
        List<FunnelChangeFacts> records = new ArrayList<>(List.of(changed(NEIGHBOR, INITIATOR, "2026-03-10T10:00:00Z"),
                changed(NEIGHBOR, PARTICIPANT, "2026-02-01T10:00:00Z"), changed(NEIGHBOR, PARTICIPANT, "2026-02-20T10:00:00Z"),
                changed(INITIATOR, LEADER, "2026-06-01T10:00:00Z"), changed(NEIGHBOR, PARTICIPANT, "2026-02-01T10:00:00Z")));
        List<Step> expected = List.of(new Step(NEIGHBOR, PARTICIPANT, at("2026-02-01T10:00:00Z")),
                new Step(PARTICIPANT, INITIATOR, at("2026-03-10T10:00:00Z")), new Step(INITIATOR, LEADER, at("2026-06-01T10:00:00Z")));
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(records, random);
            assertThat(FunnelTimeline.of(records).steps()).isEqualTo(expected);
        }
    }
}
