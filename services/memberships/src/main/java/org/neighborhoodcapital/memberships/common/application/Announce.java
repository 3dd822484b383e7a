package org.neighborhoodcapital.memberships.common.application;

import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Sources;

/**
 * Wraps the facts of the memberships service in their CloudEvents envelopes: source
 * {@link Sources#MEMBERSHIPS}, {@code time} when the fact happened in the world. Facts that happen
 * once per thing (a participant joined, a pass expired) get a name-based id, so that a re-announcement
 * carries the same id and consumers can drop it.
 */
public final class Announce {

    public static <T extends DomainEvent> Envelope<T> once(Instant time, String subject, T fact, String... identity) {
        return Envelope.withId(Envelope.deterministicId(identity), Sources.MEMBERSHIPS, time, subject, fact);
    }

    public static <T extends DomainEvent> Envelope<T> fresh(Instant time, String subject, T fact) {
        return Envelope.of(Sources.MEMBERSHIPS, time, subject, fact);
    }

    public static String subject(UUID id) {
        return id.toString();
    }

    private Announce() {
    }
}
