package org.neighborhoodcapital.reporting.impact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serving a stale report: decides whether a cached report computed at {@code generatedAt} may answer a
 * request that accepts {@code maxStale}, and if so recomputes the year on a virtual thread, at most one
 * recomputation per year at a time, so that the next request finds it fresh.
 */
public final class BackgroundRefresh {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRefresh.class);

    private final String name;
    private final Clock clock;
    private final Set<Integer> running = ConcurrentHashMap.newKeySet();

    public BackgroundRefresh(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
    }

    /**
     * True when a report of {@code year} computed at {@code generatedAt} is at most {@code maxStale} old:
     * the caller serves it, and {@code recompute} has been started unless one was running already.
     */
    public boolean servesStale(int year, Instant generatedAt, Duration maxStale, Runnable recompute) {
        if (maxStale.isZero() || generatedAt.isBefore(clock.instant().minus(maxStale))) {
            return false;
        }
        refresh(year, recompute);
        return true;
    }

    private void refresh(int year, Runnable recompute) {
        if (!running.add(year)) {
            return;
        }
        Thread.ofVirtual().name(name + "-" + year).start(() -> {
            try {
                recompute.run();
            } catch (RuntimeException e) {
                log.warn("Recomputing {} of {} in the background failed; the next request computes it: {}", name, year, e.toString());
            } finally {
                running.remove(year);
            }
        });
    }
}
