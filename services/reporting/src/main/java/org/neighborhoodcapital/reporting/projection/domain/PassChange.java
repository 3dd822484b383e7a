package org.neighborhoodcapital.reporting.projection.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;

/**
 * Everything one batch says about one pass: its purchase, renewals (a set: a redelivered renewal is
 * the same value) and cancel. All are immutable facts, so re-applying them changes nothing.
 */
public final class PassChange {

    private final UUID passId;
    private UUID participantId;
    private String centerId;
    private PassPurchased purchase;
    private final Set<PassRenewed> renewals = new LinkedHashSet<>();
    private PassCancelled cancel;

    PassChange(UUID passId) {
        this.passId = passId;
    }

    void of(UUID participant, String center) {
        participantId = participant;
        centerId = center;
    }

    void purchased(PassPurchased purchased) {
        purchase = purchased;
    }

    void renewed(PassRenewed renewed) {
        renewals.add(renewed);
    }

    void cancelled(PassCancelled cancelled) {
        cancel = cancelled;
    }

    public UUID passId() {
        return passId;
    }

    public UUID participantId() {
        return participantId;
    }

    public String centerId() {
        return centerId;
    }

    /** Null unless the batch has the purchase. */
    public PassPurchased purchase() {
        return purchase;
    }

    public Set<PassRenewed> renewals() {
        return renewals;
    }

    /** Null unless the batch has the cancel. */
    public PassCancelled cancel() {
        return cancel;
    }
}
