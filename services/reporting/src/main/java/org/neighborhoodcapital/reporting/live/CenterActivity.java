package org.neighborhoodcapital.reporting.live;

import java.time.Clock;
import java.time.Instant;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Streams each center's check-ins, registrations, calendar changes and initiatives as reporting takes
 * them in. Runs on the consumer thread: it only looks up subscribers and queues (never blocks).
 */
@Component
public class CenterActivity {

    public static final String EVENT_NAME = "activity";

    private final LiveStreams streams;
    private final Clock clock;

    CenterActivity(LiveStreams streams, ObjectProvider<Clock> clock) {
        this.streams = streams;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public static String topic(String centerId) {
        return "center:" + centerId;
    }

    @EventListener
    void onConsumed(ConsumedFacts consumed) {
        if (streams.openStreams() == 0) {
            return;
        }
        Instant now = clock.instant();
        for (Envelope<DomainEvent> envelope : consumed.facts()) {
            ActivityItem.of(envelope, now).ifPresent(item -> streams.publish(topic(item.centerId()), EVENT_NAME, item));
        }
    }
}
