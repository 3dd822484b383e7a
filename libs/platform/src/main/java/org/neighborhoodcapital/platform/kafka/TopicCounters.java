package org.neighborhoodcapital.platform.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** One counter per topic under one meter name, registered on first use. */
final class TopicCounters {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final Map<String, Counter> byTopic = new ConcurrentHashMap<>();

    TopicCounters(MeterRegistry registry, String name, String description) {
        this.registry = registry;
        this.name = name;
        this.description = description;
    }

    void increment(String topic, long amount) {
        byTopic.computeIfAbsent(topic, t -> Counter.builder(name).description(description).tag("topic", t).register(registry))
                .increment(amount);
    }
}
