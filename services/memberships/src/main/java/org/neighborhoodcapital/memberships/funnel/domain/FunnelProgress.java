package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * What to announce, given the steps announced so far (each stage with the earliest date announced for
 * it) and a freshly computed timeline: every step of the timeline that has happened by {@code now} and
 * is either not announced yet or announced with a later date than the timeline's. Each is announced
 * from the stage before it in the timeline (NEIGHBOR for the first), dated when the timeline says it
 * was reached. So history arriving late corrects what was announced: a stage reached earlier than
 * announced is announced again at the earlier date, and a stage reached before an announced higher
 * one (a jump that was not one) is announced in between. A date later than one already announced for
 * a stage is never announced (a stage never goes back), and a stage the timeline no longer reaches
 * stays announced. The same steps and timeline give nothing new.
 *
 * @param transitions what to announce, in timeline order (empty when nothing new)
 * @param recheckAt   when the next step, dated in the future, will have happened (null when none)
 */
public record FunnelProgress(List<Transition> transitions, Instant recheckAt) {

    public static FunnelProgress after(Map<FunnelStage, Instant> announcedSteps, List<StageStep> timeline, Instant now) {
        List<Transition> transitions = new ArrayList<>();
        FunnelStage before = FunnelStage.NEIGHBOR;
        Instant recheckAt = null;
        for (StageStep step : timeline) {
            if (step.at().isAfter(now)) {
                recheckAt = step.at();
                break;
            }
            Instant announced = announcedSteps.get(step.stage());
            if (announced == null || announced.isAfter(step.at())) {
                transitions.add(new Transition(before, step.stage(), step.at(), step.reason(), step.manual()));
            }
            before = step.stage();
        }
        return new FunnelProgress(List.copyOf(transitions), recheckAt);
    }

    /** The announced steps once these transitions are: each stage at the earliest date announced for it. */
    public Map<FunnelStage, Instant> announced(Map<FunnelStage, Instant> announcedSteps) {
        Map<FunnelStage, Instant> steps = new EnumMap<>(FunnelStage.class);
        steps.putAll(announcedSteps);
        for (Transition transition : transitions) {
            steps.merge(transition.to(), transition.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return steps;
    }

    /** The highest stage among announced steps (NEIGHBOR when none). */
    public static FunnelStage highest(Map<FunnelStage, Instant> announcedSteps) {
        FunnelStage highest = FunnelStage.NEIGHBOR;
        for (FunnelStage stage : announcedSteps.keySet()) {
            if (stage.isAbove(highest)) {
                highest = stage;
            }
        }
        return highest;
    }
}
