package org.neighborhoodcapital.contracts.memberships;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/**
 * A participant moved up the funnel at {@code changedAt} (event time). A jump may skip stages;
 * {@code manual} marks a promotion made by staff, with its reason.
 */
public record FunnelStageChanged(
        UUID participantId,
        String homeCenterId,
        FunnelStage from,
        FunnelStage to,
        String reason,
        boolean manual,
        Instant changedAt) implements DomainEvent {

    public FunnelStageChanged {
        Require.present(participantId, "participantId");
        Require.present(homeCenterId, "homeCenterId");
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(reason, "reason");
        Require.present(changedAt, "changedAt");
        if (!to.isAbove(from)) {
            throw new IllegalArgumentException("a funnel stage never goes back: " + from + " -> " + to);
        }
    }

    @Override
    public String partitionKey() {
        return participantId.toString();
    }
}
