package org.neighborhoodcapital.memberships.funnel.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.memberships.funnel.domain.ManualPromotion;

/** A participant as the funnel sees them: the stage announced so far, their manual promotions, when to look again. */
public record FunnelState(UUID participantId, String homeCenterId, Instant joinedAt, FunnelStage stage,
                          List<ManualPromotion> promotions, Instant recheckAt, boolean erased) {
}
