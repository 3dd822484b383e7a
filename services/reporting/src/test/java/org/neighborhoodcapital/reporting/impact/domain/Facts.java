package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;

/** Object mother for the facts the impact calculation is fed with. */
final class Facts {

    static EventBuilder anEventAt(String centerId) {
        return new EventBuilder(centerId);
    }

    static InitiativeFacts anInitiative(String centerId, InitiativeType type, String launchedAt) {
        return new InitiativeFacts(UUID.randomUUID(), centerId, type, Instant.parse(launchedAt));
    }

    static UUID aParticipant() {
        return UUID.randomUUID();
    }

    static ParticipantFacts joined(UUID participant, String homeCenterId, String joinedAt) {
        return new ParticipantFacts(participant, homeCenterId, Instant.parse(joinedAt), false);
    }

    /** Erased, or without research consent: memberships' verdict as the reader hands it over. */
    static ParticipantFacts excluded(UUID participant, String homeCenterId, String joinedAt) {
        return new ParticipantFacts(participant, homeCenterId, Instant.parse(joinedAt), true);
    }

    static FunnelChangeFacts step(UUID participant, String homeCenterId, FunnelStage from, FunnelStage to, String at) {
        return new FunnelChangeFacts(participant, homeCenterId, from, to, Instant.parse(at));
    }

    static Money eur(long minor) {
        return new Money(minor, "EUR");
    }

    static PassBuilder aPass(String centerId) {
        return new PassBuilder(centerId);
    }

    static final class PassBuilder {

        private final String centerId;
        private UUID holder = UUID.randomUUID();
        private Instant purchasedAt = Instant.parse("2026-03-01T10:00:00Z");
        private Money price = eur(1000);
        private Instant validUntil = Instant.parse("2026-06-01T10:00:00Z");
        private final List<PassFacts.Renewal> renewals = new ArrayList<>();
        private Instant cancelledAt;
        private Money refund;

        private PassBuilder(String centerId) {
            this.centerId = centerId;
        }

        PassBuilder heldBy(UUID participant) {
            this.holder = participant;
            return this;
        }

        PassBuilder bought(String at, Money paid) {
            this.purchasedAt = Instant.parse(at);
            this.price = paid;
            return this;
        }

        PassBuilder validUntil(String until) {
            this.validUntil = Instant.parse(until);
            return this;
        }

        PassBuilder renewed(String at, Money paid, String until) {
            renewals.add(new PassFacts.Renewal(Instant.parse(at), paid, Instant.parse(until)));
            return this;
        }

        PassBuilder cancelled(String at, Money refunded) {
            this.cancelledAt = Instant.parse(at);
            this.refund = refunded;
            return this;
        }

        PassFacts build() {
            return new PassFacts(UUID.randomUUID(), centerId, holder, purchasedAt, price, purchasedAt, validUntil,
                    renewals, cancelledAt, refund);
        }
    }

    static final class EventBuilder {

        private final String centerId;
        private Instant startsAt = Instant.parse("2026-05-15T10:00:00Z");
        private boolean cancelled;
        private boolean residentLed;
        private boolean paid;
        private final List<UUID> attendees = new ArrayList<>();

        private EventBuilder(String centerId) {
            this.centerId = centerId;
        }

        EventBuilder startingAt(String instant) {
            this.startsAt = Instant.parse(instant);
            return this;
        }

        EventBuilder cancelled() {
            this.cancelled = true;
            return this;
        }

        EventBuilder ledByAResident() {
            this.residentLed = true;
            return this;
        }

        EventBuilder paid() {
            this.paid = true;
            return this;
        }

        EventBuilder attendedBy(UUID... participants) {
            attendees.addAll(Arrays.asList(participants));
            return this;
        }

        EventFacts build() {
            return new EventFacts(UUID.randomUUID(), centerId, startsAt, cancelled, residentLed, paid, List.copyOf(attendees));
        }
    }

    private Facts() {
    }
}
