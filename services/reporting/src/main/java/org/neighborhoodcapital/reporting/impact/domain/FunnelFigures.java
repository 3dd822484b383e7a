package org.neighborhoodcapital.reporting.impact.domain;

import java.util.List;
import java.util.Map;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/**
 * The funnel of a year: how many participants (joined by the end of the year) stood at each stage
 * at its end, and the steps dated in the year, each (from, to) pair once with its count.
 */
public record FunnelFigures(Map<FunnelStage, Long> distribution, List<Transition> transitions) {

    /** {@code count} steps from {@code from} straight to {@code to} (a jump is one transition). */
    public record Transition(FunnelStage from, FunnelStage to, long count) {
    }

    public FunnelFigures {
        distribution = Map.copyOf(distribution);
        transitions = List.copyOf(transitions);
    }

    public long at(FunnelStage stage) {
        return distribution.getOrDefault(stage, 0L);
    }
}
