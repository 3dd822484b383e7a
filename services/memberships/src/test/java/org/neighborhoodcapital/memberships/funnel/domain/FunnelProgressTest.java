package org.neighborhoodcapital.memberships.funnel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.INITIATOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.LEADER;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.NEIGHBOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.PARTICIPANT;
import static org.neighborhoodcapital.memberships.funnel.domain.Activities.at;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;

class FunnelProgressTest {

    static StageStep step(double hour, FunnelStage stage) {
        return new StageStep(at(hour), stage, stage + " reason", false);
    }

    @Test
    void everyStepAboveTheAnnouncedStageIsAnnouncedInOrderFromTheStageBefore() {
        FunnelProgress progress = FunnelProgress.after(NEIGHBOR, List.of(step(10, PARTICIPANT), step(20, INITIATOR), step(30, LEADER)), at(100));

        assertThat(progress.transitions()).containsExactly(
                new Transition(NEIGHBOR, PARTICIPANT, at(10), "PARTICIPANT reason", false),
                new Transition(PARTICIPANT, INITIATOR, at(20), "INITIATOR reason", false),
                new Transition(INITIATOR, LEADER, at(30), "LEADER reason", false));
        assertThat(progress.reached(NEIGHBOR)).isEqualTo(LEADER);
        assertThat(progress.recheckAt()).isNull();
    }

    @Test
    void stepsAtOrBelowTheAnnouncedStageAreNeverAnnouncedAgain() {
        FunnelProgress progress = FunnelProgress.after(INITIATOR, List.of(step(10, PARTICIPANT), step(20, INITIATOR)), at(100));

        assertThat(progress.transitions()).isEmpty();
        assertThat(progress.reached(INITIATOR)).isEqualTo(INITIATOR);
    }

    @Test
    void aLowerStageComputedLaterDoesNotTakeTheAnnouncedOneBack() {
        FunnelProgress progress = FunnelProgress.after(LEADER, List.of(), at(100));

        assertThat(progress.transitions()).isEmpty();
        assertThat(progress.reached(LEADER)).isEqualTo(LEADER);
    }

    @Test
    void lateHistoryIsAnnouncedAtTheTimeTheStageWasFirstReached() {
        // PARTICIPANT was announced at hour 30; an organized event at hour 5 arrives late
        FunnelProgress progress = FunnelProgress.after(PARTICIPANT, List.of(step(5, INITIATOR)), at(100));

        assertThat(progress.transitions()).containsExactly(new Transition(PARTICIPANT, INITIATOR, at(5), "INITIATOR reason", false));
    }

    @Test
    void aStepInTheFutureWaitsAndTellsWhenToLookAgain() {
        FunnelProgress progress = FunnelProgress.after(NEIGHBOR, List.of(step(10, PARTICIPANT), step(200, INITIATOR), step(300, LEADER)), at(100));

        assertThat(progress.transitions()).extracting(Transition::to).containsExactly(PARTICIPANT);
        assertThat(progress.recheckAt()).isEqualTo(at(200));
    }
}
