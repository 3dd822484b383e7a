package org.neighborhoodcapital.memberships.common.application;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a job on a virtual thread of its own every {@code interval} (first right after start) until
 * the application stops. A failing run is logged in one line and the next one comes as planned. The
 * job itself must be safe to run on several instances at once: this loop takes no lock.
 */
public class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final String name;
    private final Duration interval;
    private final boolean enabled;
    private final Runnable job;

    private volatile boolean running;
    private CountDownLatch stopRequested = new CountDownLatch(0);
    private Thread worker;

    public PeriodicJob(String name, Duration interval, boolean enabled, Runnable job) {
        this.name = name;
        this.interval = interval;
        this.enabled = enabled;
        this.job = job;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!enabled) {
            log.info("Job {} disabled", name);
            return;
        }
        running = true;
        stopRequested = new CountDownLatch(1);
        worker = Thread.ofVirtual().name(name).start(this::loop);
        log.info("Job {} started: every {}", name, interval);
    }

    @Override
    public void stop() {
        Thread stopping;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            stopRequested.countDown();
            stopping = worker;
            worker = null;
        }
        try {
            if (!stopping.join(STOP_TIMEOUT)) {
                stopping.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                job.run();
            } catch (RuntimeException e) {
                log.warn("Job {} failed, next run in {}: {}", name, interval, e.toString());
            }
            try {
                if (stopRequested.await(interval.toNanos(), TimeUnit.NANOSECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
