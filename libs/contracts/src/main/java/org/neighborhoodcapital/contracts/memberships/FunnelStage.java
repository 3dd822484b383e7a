package org.neighborhoodcapital.contracts.memberships;

/** Participant development funnel, in order: a stage never goes back. */
public enum FunnelStage {
    NEIGHBOR, PARTICIPANT, INITIATOR, LEADER;

    public boolean isAbove(FunnelStage other) {
        return compareTo(other) > 0;
    }
}
