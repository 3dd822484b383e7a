package org.neighborhoodcapital.reporting.impact;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.neighborhoodcapital.reporting.ReportingProperties;
import org.neighborhoodcapital.reporting.projection.ProjectionsUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes the cached reports {@code refreshDebounce} after the last ingested batch, and at the
 * latest {@code refreshMaxDelay} after the first batch of a burst, so a long stream still refreshes;
 * but after a refresh that took t, not sooner than 3t later, so that a year of millions of check-ins
 * (seconds per recomputation) does not keep a core busy during a long stream that nobody reads.
 */
@Component
class ImpactRefresher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImpactRefresher.class);

    private final ImpactReports reports;
    private final long debounceNanos;
    private final long maxDelayNanos;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "impact-refresh");
        thread.setDaemon(true);
        return thread;
    });
    /** After a refresh that took t, the next one starts no sooner than this many t later. */
    private static final long QUIET_FACTOR = 3;

    private ScheduledFuture<?> pending;
    private long burstStartedNanos;
    private long quietUntilNanos;

    ImpactRefresher(ImpactReports reports, ReportingProperties properties) {
        this.reports = reports;
        this.debounceNanos = properties.refreshDebounce().toNanos();
        this.maxDelayNanos = Math.max(debounceNanos, properties.refreshMaxDelay().toNanos());
    }

    @EventListener
    synchronized void onProjectionsUpdated(ProjectionsUpdated updated) {
        long now = System.nanoTime();
        if (pending == null) {
            burstStartedNanos = now;
        } else {
            pending.cancel(false);
        }
        long delay = Math.min(debounceNanos, Math.max(0, burstStartedNanos + maxDelayNanos - now));
        delay = Math.max(delay, quietUntilNanos - now);
        pending = executor.schedule(this::refresh, delay, TimeUnit.NANOSECONDS);
    }

    private void refresh() {
        synchronized (this) {
            pending = null;
        }
        long started = System.nanoTime();
        try {
            reports.refreshCachedYears();
        } catch (RuntimeException e) {
            log.warn("Refreshing the cached impact reports failed; the next request computes them: {}", e.toString());
        }
        long finished = System.nanoTime();
        synchronized (this) {
            // at most a quarter of the time recomputing: a year of millions of check-ins takes seconds
            quietUntilNanos = finished + QUIET_FACTOR * (finished - started);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
