package org.neighborhoodcapital.memberships.funnel.domain;

/**
 * The numbers in the funnel's rules (configuration {@code nc.memberships.funnel.*}).
 *
 * @param participantEvents   distinct, not cancelled events attended to be a PARTICIPANT (3)
 * @param initiatorActivities events organized plus initiatives launched to be an INITIATOR (1)
 * @param leaderAttendees     distinct participants the events of one led initiative must draw to be a LEADER (5)
 */
public record FunnelThresholds(int participantEvents, int initiatorActivities, int leaderAttendees) {

    public static final FunnelThresholds DEFAULTS = new FunnelThresholds(3, 1, 5);

    public FunnelThresholds {
        if (participantEvents < 1 || initiatorActivities < 1 || leaderAttendees < 1) {
            throw new IllegalArgumentException("funnel thresholds must be at least 1");
        }
    }
}
