package org.neighborhoodcapital.reporting.impact.domain;

import java.util.Map;

/**
 * The network's membership figures of the year.
 *
 * @param newParticipants distinct participants who joined in the year (each in their home center's zone)
 * @param funnel          the funnel over every participant of the network
 * @param passes          the passes of every center, revenue per currency
 * @param selfSufficiency total revenue / total budget over the centers with a budget, all in one currency; else null
 * @param fourStepStages  how many of the reported centers reached each stage, "0".."4" (every stage present)
 */
public record NetworkMembership(long newParticipants, FunnelFigures funnel, PassFigures passes,
                                Double selfSufficiency, Map<Integer, Long> fourStepStages) {

    public NetworkMembership {
        fourStepStages = Map.copyOf(fourStepStages);
    }
}
