package org.neighborhoodcapital.reporting.impact;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.neighborhoodcapital.reporting.ReportingProperties;
import org.neighborhoodcapital.reporting.impact.domain.Benchmark;
import org.neighborhoodcapital.reporting.impact.domain.CenterZones;
import org.neighborhoodcapital.reporting.impact.domain.ModelAlignment;
import org.neighborhoodcapital.reporting.impact.domain.EventFacts;
import org.neighborhoodcapital.reporting.impact.domain.ImpactCalculator;
import org.neighborhoodcapital.reporting.impact.domain.ImpactReport;
import org.neighborhoodcapital.reporting.impact.domain.ImpactRules;
import org.neighborhoodcapital.reporting.impact.domain.InitiativeFacts;
import org.neighborhoodcapital.reporting.impact.domain.MembershipFacts;
import org.neighborhoodcapital.reporting.impact.domain.TimeWindow;
import org.neighborhoodcapital.reporting.impact.persistence.ImpactFactsReader;
import org.neighborhoodcapital.reporting.projection.persistence.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Serves impact reports from computed views cached by (year, data version). A request finds the
 * view for the current data version or computes it on the spot (freshness over a stale answer);
 * {@link ImpactRefresher} recomputes the cached years shortly after new data, so that requests
 * usually find them ready.
 */
@Service
public class ImpactReports {

    private static final Logger log = LoggerFactory.getLogger(ImpactReports.class);

    private final ImpactFactsReader reader;
    private final MembershipSnapshots memberships;
    private final ProjectionStore versions;
    private final ReportingProperties properties;
    private final ImpactCalculator calculator;
    private final Timer computeTimer;
    private final Clock clock;
    private final Map<Integer, ImpactView> cache;
    private final Map<Integer, Object> computeLocks = new ConcurrentHashMap<>();
    private volatile LoadedEvents lastEvents;
    private final BackgroundRefresh background;

    public ImpactReports(ImpactFactsReader reader, MembershipSnapshots memberships, ProjectionStore versions,
                         ReportingProperties properties, MeterRegistry meters, ObjectProvider<Clock> clock) {
        this.reader = reader;
        this.memberships = memberships;
        this.versions = versions;
        this.properties = properties;
        this.calculator = new ImpactCalculator(new ImpactRules(properties.returningMinMonths(), properties.selfSufficiencyThreshold()));
        this.computeTimer = Timer.builder("nc.report.compute")
                .description("Time to load the facts of a year and compute its report")
                .tag("report", "impact")
                .register(meters);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.background = new BackgroundRefresh("impact-report-refresh", this.clock);
        int capacity = properties.cachedYears();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, ImpactView> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The report of {@code year} reflecting at least every batch ingested before this call. */
    public ImpactView report(int year) {
        return report(year, Duration.ZERO);
    }

    /**
     * The report of {@code year}: the cached one if it reflects every batch ingested so far, or if it
     * was computed at most {@code maxStale} ago (then a recomputation starts in the background, one per
     * year at a time); otherwise computed now, reflecting at least every batch ingested before this call.
     */
    public ImpactView report(int year, Duration maxStale) {
        long version = versions.currentVersion();
        ImpactView cached = cache.get(year);
        if (cached != null && cached.dataVersion() == version) {
            return cached;
        }
        if (cached != null && background.servesStale(year, cached.generatedAt(), maxStale, () -> report(year))) {
            return cached;
        }
        synchronized (computeLocks.computeIfAbsent(year, y -> new Object())) {
            // Read the version before the facts: the view holds at least what that version counts.
            version = versions.currentVersion();
            cached = cache.get(year);
            if (cached != null && cached.dataVersion() == version) {
                return cached;
            }
            ImpactView fresh = compute(year, version);
            cache.put(year, fresh);
            return fresh;
        }
    }

    /** Brings every cached year up to the current data version. */
    public void refreshCachedYears() {
        List<Integer> years;
        synchronized (cache) {
            years = List.copyOf(cache.keySet());
        }
        for (int year : years) {
            report(year);
        }
    }

    private ImpactView compute(int year, long version) {
        long started = System.nanoTime();
        CenterZones zones = zones();
        TimeWindow window = zones.yearWindow(year);
        List<EventFacts> events = events(year, version, window);
        List<InitiativeFacts> initiatives = reader.initiativesLaunchedIn(window);
        MembershipFacts membership = memberships.current();
        ImpactReport report = calculator.compute(year, zones, events, initiatives, membership);
        ModelAlignment model = ModelAlignment.of(year, zones, reader.checkupsIn(window), properties.reference());
        long nanos = System.nanoTime() - started;
        computeTimer.record(nanos, TimeUnit.NANOSECONDS);
        log.info("Computed impact report year={} dataVersion={} eventsLoaded={} initiativesLoaded={} participantsLoaded={} passesLoaded={} attendances={} in {} ms",
                year, version, events.size(), initiatives.size(), membership.participants().size(), membership.passes().size(),
                report.network().attendances(), nanos / 1_000_000);
        return new ImpactView(report, model, Benchmark.of(report, model), version, clock.instant());
    }

    /**
     * The events of the year's window as of {@code version}; the impact report and the profile of the
     * same year and version share one read (at a few million attendances, the largest read of both).
     */
    public List<EventFacts> events(int year, long version, TimeWindow window) {
        LoadedEvents known = lastEvents;
        if (known != null && known.year() == year && known.version() == version && known.window().equals(window)) {
            return known.events();
        }
        List<EventFacts> events = reader.eventsStartingIn(window);
        lastEvents = new LoadedEvents(year, version, window, events);
        return events;
    }

    private record LoadedEvents(int year, long version, TimeWindow window, List<EventFacts> events) {
    }

    /** Registered zones win over configured ones; any other center uses the default zone. */
    public CenterZones zones() {
        Map<String, ZoneId> zones = new HashMap<>(properties.centerTimezones());
        zones.putAll(reader.registeredZones());
        return new CenterZones(zones, properties.defaultTimezone());
    }
}
