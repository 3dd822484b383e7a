package org.neighborhoodcapital.events.initiative.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.events.common.domain.CenterId;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/** A resident initiative launched at a center (a sharing project, a club, a micro-business, …), led by a participant. */
public record Initiative(UUID initiativeId, String centerId, String title, InitiativeType type, UUID leaderId, Instant launchedAt) {

    public static final int MAX_TITLE_LENGTH = 200;

    public Initiative {
        Objects.requireNonNull(initiativeId, "initiativeId");
        Objects.requireNonNull(centerId, "centerId");
    }

    /**
     * @param launchedAt when it was launched; {@code now} when not given (a center may load its history)
     * @throws DomainException (INVALID) naming every field that is missing or wrong
     */
    public static Initiative launch(UUID initiativeId, String centerId, String title, InitiativeType type, UUID leaderId,
                                    Instant launchedAt, Instant now) {
        CenterId.require(centerId);
        Violations violations = new Violations();
        violations.text(title, "title", MAX_TITLE_LENGTH);
        violations.require(type, "type");
        violations.require(leaderId, "leaderId");
        violations.throwIfAny();
        return new Initiative(initiativeId, centerId, title, type, leaderId, launchedAt == null ? now : launchedAt);
    }

    public InitiativeLaunched launched() {
        return new InitiativeLaunched(initiativeId, centerId, title, type, leaderId, launchedAt);
    }
}
