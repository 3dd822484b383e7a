package org.neighborhoodcapital.reporting.live;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.neighborhoodcapital.platform.web.ProblemException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/** The open live streams, by topic ({@code center:<id>} or {@code network:<year>}), with a global bound. */
@Component
public class LiveStreams implements DisposableBean {

    private final LiveProperties properties;
    private final Map<String, Set<LiveSubscriber>> byTopic = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    LiveStreams(LiveProperties properties, MeterRegistry meters) {
        this.properties = properties;
        Gauge.builder("nc.live.streams", open, AtomicInteger::get)
                .description("Open Server-Sent Events streams of the dashboard")
                .register(meters);
    }

    /** Opens a stream on {@code topic}; its first event is {@code firstName}/{@code first}. */
    public LiveSubscriber open(String topic, String firstName, Object first) {
        if (open.incrementAndGet() > properties.maxSubscribers()) {
            open.decrementAndGet();
            throw ProblemException.batch(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                    java.util.List.of(org.neighborhoodcapital.platform.web.FieldError.of("stream",
                            "too many open live streams (" + properties.maxSubscribers() + "); retry later")));
        }
        Set<LiveSubscriber> subscribers = byTopic.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet());
        LiveSubscriber[] self = new LiveSubscriber[1];
        self[0] = new LiveSubscriber(topic, properties.streamTimeout(), properties.queueCapacity(), properties.heartbeat(), () -> {
            subscribers.remove(self[0]);
            open.decrementAndGet();
        });
        subscribers.add(self[0]);
        return self[0].start(firstName, first);
    }

    /** Subscribers of {@code topic} (empty when none): a cheap check before building anything to send. */
    public Set<LiveSubscriber> of(String topic) {
        Set<LiveSubscriber> subscribers = byTopic.get(topic);
        return subscribers == null ? Set.of() : subscribers;
    }

    /** Topics with at least one subscriber whose name starts with {@code prefix}. */
    public Set<String> topicsStartingWith(String prefix) {
        Set<String> topics = new java.util.TreeSet<>();
        byTopic.forEach((topic, subscribers) -> {
            if (topic.startsWith(prefix) && !subscribers.isEmpty()) {
                topics.add(topic);
            }
        });
        return topics;
    }

    /** Queues an event for every subscriber of {@code topic}; never blocks. */
    public void publish(String topic, String name, Object data) {
        for (LiveSubscriber subscriber : of(topic)) {
            subscriber.offer(name, data);
        }
    }

    public int openStreams() {
        return open.get();
    }

    @Override
    public void destroy() {
        byTopic.values().forEach(subscribers -> subscribers.forEach(LiveSubscriber::close));
    }
}
