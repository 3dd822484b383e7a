package org.neighborhoodcapital.reporting.projection.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything one batch says about one participant, merged: the join (home center, time, consent at
 * joining), the latest consent change of the batch, and the erasure. The store keeps the latest
 * consent change overall ({@code $max} on {changedAt, withdrawn}), so order does not matter.
 */
public final class ParticipantChange {

    private final UUID participantId;
    private String homeCenterId;
    private Instant joinedAt;
    private Boolean joinConsent;
    private Instant consentChangedAt;
    private boolean consentWithdrawn;
    private Instant erasedAt;

    ParticipantChange(UUID participantId) {
        this.participantId = participantId;
    }

    void joined(String homeCenter, Instant at, boolean consent) {
        homeCenterId = homeCenter;
        joinedAt = at;
        joinConsent = consent;
    }

    void consent(Instant changedAt, boolean consent) {
        boolean withdrawn = !consent;
        if (consentChangedAt == null || changedAt.isAfter(consentChangedAt)
                || (changedAt.equals(consentChangedAt) && withdrawn)) {
            consentChangedAt = changedAt;
            consentWithdrawn = withdrawn;
        }
    }

    void erased(Instant at) {
        if (erasedAt == null || at.isBefore(erasedAt)) {
            erasedAt = at;
        }
    }

    public UUID participantId() {
        return participantId;
    }

    /** Null unless the batch has the ParticipantJoined. */
    public String homeCenterId() {
        return homeCenterId;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Boolean joinConsent() {
        return joinConsent;
    }

    /** When the batch's latest consent change happened, null when none. */
    public Instant consentChangedAt() {
        return consentChangedAt;
    }

    /** Whether that change withdrew consent (on a tie, a withdrawal wins). */
    public boolean consentWithdrawn() {
        return consentWithdrawn;
    }

    /** Null unless the batch erases the participant. */
    public Instant erasedAt() {
        return erasedAt;
    }
}
