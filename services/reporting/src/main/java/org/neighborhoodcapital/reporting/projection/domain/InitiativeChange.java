package org.neighborhoodcapital.reporting.projection.domain;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeType;

/** An initiative as launched (immutable: re-applying it changes nothing). */
public record InitiativeChange(UUID initiativeId, String centerId, InitiativeType type, UUID leaderId, Instant launchedAt) {
}
