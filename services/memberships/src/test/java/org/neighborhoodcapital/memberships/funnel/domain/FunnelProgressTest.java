package org.neighborhoodcapital.memberships.funnel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.INITIATOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.LEADER;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.NEIGHBOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.PARTICIPANT;
import static org.neighborhoodcapital.memberships.funnel.domain.Activities.at;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;

class FunnelProgressTest {

    static StageStep step(double hour, FunnelStage stage) {
        return new StageStep(at(hour), stage, stage + " reason", false);
    }

    static Transition move(FunnelStage from, FunnelStage to, double hour) {
        return new Transition(from, to, at(hour), to + " reason", false);
    }

    static final Map<FunnelStage, Instant> NOTHING = Map.of();

    @Test
    void everyStepOfTheTimelineIsAnnouncedInOrderFromTheStageBeforeWhenNothingWasAnnounced() {
        FunnelProgress progress = FunnelProgress.after(NOTHING, List.of(step(10, PARTICIPANT), step(20, INITIATOR), step(30, LEADER)), at(100));

        assertThat(progress.transitions()).containsExactly(move(NEIGHBOR, PARTICIPANT, 10), move(PARTICIPANT, INITIATOR, 20),
                move(INITIATOR, LEADER, 30));
        assertThat(progress.announced(NOTHING)).containsExactlyInAnyOrderEntriesOf(Map.of(PARTICIPANT, at(10), INITIATOR, at(20), LEADER, at(30)));
        assertThat(FunnelProgress.highest(progress.announced(NOTHING))).isEqualTo(LEADER);
        assertThat(progress.recheckAt()).isNull();
    }

    @Test
    void theSameTimelineOnceMoreAnnouncesNothingNew() {
        Map<FunnelStage, Instant> announced = Map.of(PARTICIPANT, at(10), INITIATOR, at(20));

        FunnelProgress progress = FunnelProgress.after(announced, List.of(step(10, PARTICIPANT), step(20, INITIATOR)), at(100));

        assertThat(progress.transitions()).isEmpty();
        assertThat(progress.announced(announced)).isEqualTo(announced);
    }

    @Test
    void lateEarlierCheckInsAnnounceTheStageAgainAtTheEarlierDate() {
        // PARTICIPANT was announced at hour 30 (the third event then known); check-ins at hours 2, 5 and 10 arrive late
        Map<FunnelStage, Instant> announced = Map.of(PARTICIPANT, at(30));

        FunnelProgress progress = FunnelProgress.after(announced, List.of(step(10, PARTICIPANT)), at(100));

        assertThat(progress.transitions()).containsExactly(move(NEIGHBOR, PARTICIPANT, 10));
        assertThat(progress.announced(announced)).containsExactlyEntriesOf(Map.of(PARTICIPANT, at(10)));
    }

    @Test
    void aStageReachedBeforeAnAnnouncedHigherOneIsAnnouncedInBetween() {
        // NEIGHBOR -> INITIATOR was announced at hour 20; late check-ins show PARTICIPANT reached at hour 10:
        // the true steps are N -> P at 10, P -> I at 20, and P -> I at 20 is already announced
        Map<FunnelStage, Instant> announced = Map.of(INITIATOR, at(20));

        FunnelProgress progress = FunnelProgress.after(announced, List.of(step(10, PARTICIPANT), step(20, INITIATOR)), at(100));

        assertThat(progress.transitions()).containsExactly(move(NEIGHBOR, PARTICIPANT, 10));
        assertThat(progress.announced(announced)).containsExactlyInAnyOrderEntriesOf(Map.of(PARTICIPANT, at(10), INITIATOR, at(20)));
        assertThat(FunnelProgress.highest(progress.announced(announced))).isEqualTo(INITIATOR);
    }

    @Test
    void aCorrectedStepIsAnnouncedFromTheStageBeforeItInTheNewTimeline() {
        // announced N -> P at 10 and P -> I at 40; a late launch shows INITIATOR at 25 and LEADER at 35
        Map<FunnelStage, Instant> announced = Map.of(PARTICIPANT, at(10), INITIATOR, at(40));

        FunnelProgress progress = FunnelProgress.after(announced,
                List.of(step(10, PARTICIPANT), step(25, INITIATOR), step(35, LEADER)), at(100));

        assertThat(progress.transitions()).containsExactly(move(PARTICIPANT, INITIATOR, 25), move(INITIATOR, LEADER, 35));
    }

    @Test
    void aDateLaterThanTheAnnouncedOneIsNeverAnnounced() {
        // INITIATOR was announced at hour 5 (an organized event, since rescheduled to hour 20)
        Map<FunnelStage, Instant> announced = Map.of(INITIATOR, at(5));

        FunnelProgress progress = FunnelProgress.after(announced, List.of(step(20, INITIATOR)), at(100));

        assertThat(progress.transitions()).isEmpty();
        assertThat(progress.announced(announced)).containsExactlyEntriesOf(Map.of(INITIATOR, at(5)));
    }

    @Test
    void aStageTheTimelineNoLongerReachesStaysAnnounced() {
        Map<FunnelStage, Instant> announced = Map.of(PARTICIPANT, at(10), LEADER, at(30));

        FunnelProgress progress = FunnelProgress.after(announced, List.of(step(10, PARTICIPANT)), at(100));

        assertThat(progress.transitions()).isEmpty();
        assertThat(FunnelProgress.highest(progress.announced(announced))).isEqualTo(LEADER);
    }

    @Test
    void aStepInTheFutureWaitsAndTellsWhenToLookAgain() {
        FunnelProgress progress = FunnelProgress.after(NOTHING, List.of(step(10, PARTICIPANT), step(200, INITIATOR), step(300, LEADER)), at(100));

        assertThat(progress.transitions()).extracting(Transition::to).containsExactly(PARTICIPANT);
        assertThat(progress.recheckAt()).isEqualTo(at(200));
    }

    @Test
    void nothingAnnouncedMeansANeighbor() {
        assertThat(FunnelProgress.highest(NOTHING)).isEqualTo(NEIGHBOR);
    }
}
