package org.neighborhoodcapital.reporting.impact;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recomputes a year's report on a virtual thread, at most one recomputation per year at a time:
 * what a request that accepted a stale report leaves behind, so that the next one finds it fresh.
 */
public final class BackgroundRefresh {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRefresh.class);

    private final String name;
    private final Set<Integer> running = ConcurrentHashMap.newKeySet();

    public BackgroundRefresh(String name) {
        this.name = name;
    }

    /** Starts {@code recompute} for {@code year} unless one is running already. */
    public void refresh(int year, Runnable recompute) {
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
