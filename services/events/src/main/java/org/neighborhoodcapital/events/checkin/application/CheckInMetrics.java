package org.neighborhoodcapital.events.checkin.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Check-in counters, tagged by {@code center} (a center slug from a validated path: a handful per
 * network) and, by the platform, {@code service}:
 * <ul>
 * <li>{@value #ACCEPTED}: check-ins stored (new);</li>
 * <li>{@value #DUPLICATE}: check-ins received that repeated a stored one or an earlier one in the same request;</li>
 * <li>{@value #REJECTED}: check-ins in requests refused as a whole (malformed, over the limit, unknown or cancelled event).</li>
 * </ul>
 */
@Component
public class CheckInMetrics {

    public static final String ACCEPTED = "nc.checkins.accepted";
    public static final String DUPLICATE = "nc.checkins.duplicate";
    public static final String REJECTED = "nc.checkins.rejected";

    private final MeterRegistry registry;

    public CheckInMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void accepted(String centerId, int count) {
        add(ACCEPTED, "Check-ins stored", centerId, count);
    }

    public void duplicate(String centerId, int count) {
        add(DUPLICATE, "Check-ins received again (counted once)", centerId, count);
    }

    public void rejected(String centerId, int count) {
        add(REJECTED, "Check-ins in refused requests", centerId, count);
    }

    private void add(String name, String description, String centerId, int count) {
        Counter counter = Counter.builder(name).description(description).tag("center", centerId).register(registry);
        if (count > 0) {
            counter.increment(count);
        }
    }
}
