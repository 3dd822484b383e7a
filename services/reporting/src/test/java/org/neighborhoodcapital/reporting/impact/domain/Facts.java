package org.neighborhoodcapital.reporting.impact.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.events.InitiativeType;

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

    static final class EventBuilder {

        private final String centerId;
        private Instant startsAt = Instant.parse("2026-05-15T10:00:00Z");
        private boolean cancelled;
        private boolean residentLed;
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

        EventBuilder attendedBy(UUID... participants) {
            attendees.addAll(Arrays.asList(participants));
            return this;
        }

        EventFacts build() {
            return new EventFacts(UUID.randomUUID(), centerId, startsAt, cancelled, residentLed, List.copyOf(attendees));
        }
    }

    private Facts() {
    }
}
