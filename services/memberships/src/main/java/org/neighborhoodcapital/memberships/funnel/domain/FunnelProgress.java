package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * What to announce, given the stage announced so far and a freshly computed timeline: every step
 * above the announced stage that has happened by {@code now}, in order, each from the stage before
 * it. A lower or equal stage is never announced (a stage never goes back, whatever a later
 * recomputation says). Each transition is dated when its stage was first reached in event time,
 * which may be earlier than the date of the stage announced before it, when history arrived late.
 *
 * @param transitions what to announce, in order (empty when nothing new)
 * @param recheckAt   when the next step, dated in the future, will have happened (null when none)
 */
public record FunnelProgress(List<Transition> transitions, Instant recheckAt) {

    public static FunnelProgress after(FunnelStage announced, List<StageStep> timeline, Instant now) {
        List<Transition> transitions = new ArrayList<>();
        FunnelStage running = announced;
        Instant recheckAt = null;
        for (StageStep step : timeline) {
            if (!step.stage().isAbove(running)) {
                continue;
            }
            if (step.at().isAfter(now)) {
                recheckAt = step.at();
                break;
            }
            transitions.add(new Transition(running, step.stage(), step.at(), step.reason(), step.manual()));
            running = step.stage();
        }
        return new FunnelProgress(List.copyOf(transitions), recheckAt);
    }

    /** The stage announced once these transitions are. */
    public FunnelStage reached(FunnelStage announced) {
        return transitions.isEmpty() ? announced : transitions.getLast().to();
    }
}
