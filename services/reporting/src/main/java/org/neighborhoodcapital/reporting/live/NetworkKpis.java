package org.neighborhoodcapital.reporting.live;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.reporting.impact.ImpactReports;
import org.neighborhoodcapital.reporting.impact.ImpactView;
import org.neighborhoodcapital.reporting.impact.domain.ImpactFigures;
import org.neighborhoodcapital.reporting.impact.domain.NetworkMembership;
import org.neighborhoodcapital.reporting.projection.ProjectionsUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the network KPIs of each watched year after the projections changed, at most once per
 * {@code networkInterval}, from a thread of its own (the consumer only sets a flag).
 */
@Component
public class NetworkKpis implements DisposableBean {

    public static final String EVENT_NAME = "kpis";
    private static final String TOPIC_PREFIX = "network:";
    private static final Logger log = LoggerFactory.getLogger(NetworkKpis.class);

    /** The headline figures of the network in a year (names as in the impact report's {@code network}). */
    public record Kpis(int year, long dataVersion, Instant generatedAt, long eventsHeld, long residentLedEvents,
                       long attendances, long uniqueParticipants, long returningParticipants, long newParticipants,
                       int centers, long initiativesLaunched, long passesActiveAtYearEnd, long passesSold,
                       Double selfSufficiency) {
    }

    private final ImpactReports reports;
    private final LiveStreams streams;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-network-kpis");
        thread.setDaemon(true);
        return thread;
    });

    NetworkKpis(ImpactReports reports, LiveStreams streams, LiveProperties properties) {
        this.reports = reports;
        this.streams = streams;
        long interval = Math.max(1, properties.networkInterval().toMillis());
        ticker.scheduleWithFixedDelay(this::sendIfChanged, interval, interval, TimeUnit.MILLISECONDS);
    }

    public static String topic(int year) {
        return TOPIC_PREFIX + year;
    }

    @EventListener
    void onProjectionsUpdated(ProjectionsUpdated updated) {
        changed.set(true);
    }

    /** The current KPIs of {@code year} (computed or cached by the report service). */
    public Kpis current(int year) {
        return of(reports.report(year));
    }

    private void sendIfChanged() {
        if (!changed.getAndSet(false)) {
            return;
        }
        for (String topic : streams.topicsStartingWith(TOPIC_PREFIX)) {
            try {
                int year = Integer.parseInt(topic.substring(TOPIC_PREFIX.length()));
                streams.publish(topic, EVENT_NAME, current(year));
            } catch (RuntimeException e) {
                log.warn("Live network KPIs for {} not sent: {}", topic, e.toString());
            }
        }
    }

    static Kpis of(ImpactView view) {
        ImpactFigures n = view.report().network();
        NetworkMembership m = view.report().networkMembership();
        long initiatives = 0;
        for (InitiativeType type : InitiativeType.values()) {
            initiatives += n.initiativesLaunched(type);
        }
        return new Kpis(view.report().year(), view.dataVersion(), view.generatedAt(), n.eventsHeld(), n.residentLedEvents(),
                n.attendances(), n.uniqueParticipants(), n.returningParticipants(), m.newParticipants(),
                view.report().activeCenters(), initiatives, m.passes().activeAtYearEnd(), m.passes().sold(), m.selfSufficiency());
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
    }
}
