package org.neighborhoodcapital.memberships.participant.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/**
 * A resident of the network as the rest of the platform may know them: a pseudonymous random id,
 * a home center, when they joined, their research consent and their announced funnel stage. The
 * personal data is elsewhere ({@link PersonalData}, encrypted). An erased participant keeps only
 * id, home center, joinedAt and erasedAt, and refuses every later operation (410).
 */
public record Participant(UUID participantId, String homeCenterId, Instant joinedAt, boolean researchConsent,
                          Instant consentChangedAt, FunnelStage stage, Instant erasedAt) {

    public Participant {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(homeCenterId, "homeCenterId");
        Objects.requireNonNull(joinedAt, "joinedAt");
        stage = stage == null ? FunnelStage.NEIGHBOR : stage;
    }

    public static Participant joined(UUID participantId, Joining joining) {
        return new Participant(participantId, joining.homeCenterId(), joining.joinedAt(), joining.researchConsent(),
                joining.joinedAt(), FunnelStage.NEIGHBOR, null);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** @throws DomainException (GONE, field participantId) when erased */
    public Participant requireNotErased() {
        if (isErased()) {
            throw DomainException.gone("participantId", "participant " + participantId + " was erased");
        }
        return this;
    }

    /**
     * A consent change at {@code changedAt} ({@code now} when not given).
     *
     * @return the change to announce, or empty when the consent already is {@code researchConsent}
     * @throws DomainException INVALID for a missing value or a time in the future or before joining,
     *                         CONFLICT (changedAt) when a later change is already recorded, GONE when erased
     */
    public Optional<ConsentChanged> changeConsent(Boolean consent, Instant changedAt, Instant now) {
        requireNotErased();
        Violations violations = new Violations();
        violations.require(consent, "researchConsent");
        violations.notInTheFuture(changedAt, "changedAt", now);
        Instant at = changedAt == null ? now : changedAt;
        if (at.isBefore(joinedAt)) {
            violations.add("changedAt", "must not be before the participant joined (" + joinedAt + ")");
        }
        violations.throwIfAny();
        if (consent == researchConsent) {
            return Optional.empty();
        }
        if (consentChangedAt != null && at.isBefore(consentChangedAt)) {
            throw DomainException.conflict("changedAt", "a later consent change is recorded (" + consentChangedAt + ")");
        }
        return Optional.of(new ConsentChanged(participantId, consent, at));
    }
}
