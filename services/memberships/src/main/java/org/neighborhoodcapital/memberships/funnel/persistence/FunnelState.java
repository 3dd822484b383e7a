package org.neighborhoodcapital.memberships.funnel.persistence;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.memberships.funnel.domain.ManualPromotion;

/**
 * A participant as the funnel sees them: the stage announced so far (the highest announced), the
 * announced steps as stored (each stage with the earliest date announced for it), their manual
 * promotions, when to look again.
 *
 * @param storedSteps the {@code announcedSteps} field as read (empty for a document written before it existed)
 */
public record FunnelState(UUID participantId, String homeCenterId, Instant joinedAt, FunnelStage stage, Instant stageChangedAt,
                          Map<FunnelStage, Instant> storedSteps, List<ManualPromotion> promotions, Instant recheckAt,
                          boolean erased) {

    /**
     * The announced steps; for a document that only has {@code stage}/{@code stageChangedAt} (written
     * before steps were kept), its stage at that date.
     */
    public Map<FunnelStage, Instant> announcedSteps() {
        if (!storedSteps.isEmpty() || stage == FunnelStage.NEIGHBOR) {
            return storedSteps;
        }
        Map<FunnelStage, Instant> legacy = new EnumMap<>(FunnelStage.class);
        Instant at = stageChangedAt != null ? stageChangedAt : joinedAt;
        if (at != null) {
            legacy.put(stage, at);
        }
        return legacy;
    }
}
