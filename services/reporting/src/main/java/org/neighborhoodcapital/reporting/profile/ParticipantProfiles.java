package org.neighborhoodcapital.reporting.profile;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.neighborhoodcapital.reporting.ReportingProperties;
import org.neighborhoodcapital.reporting.impact.BackgroundRefresh;
import org.neighborhoodcapital.reporting.impact.ImpactReports;
import org.neighborhoodcapital.reporting.impact.MembershipSnapshots;
import org.neighborhoodcapital.reporting.impact.domain.CenterZones;
import org.neighborhoodcapital.reporting.impact.domain.EventFacts;
import org.neighborhoodcapital.reporting.impact.domain.MembershipFacts;
import org.neighborhoodcapital.reporting.profile.domain.AssessmentFacts;
import org.neighborhoodcapital.reporting.profile.domain.ParticipantProfile;
import org.neighborhoodcapital.reporting.profile.domain.ProfileCalculator;
import org.neighborhoodcapital.reporting.profile.domain.Suppression;
import org.neighborhoodcapital.reporting.profile.persistence.AssessmentReader;
import org.neighborhoodcapital.reporting.projection.persistence.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Serves the average participant's profile of a year, computed from the projections and cached per
 * (year, data version): a request after new data computes it afresh.
 */
@Service
public class ParticipantProfiles {

    private static final Logger log = LoggerFactory.getLogger(ParticipantProfiles.class);

    private final AssessmentReader assessments;
    private final ImpactReports impact;
    private final MembershipSnapshots memberships;
    private final ProjectionStore versions;
    private final ProfileCalculator calculator;
    private final Timer computeTimer;
    private final Clock clock;
    private final Map<Integer, ProfileView> cache;
    private final BackgroundRefresh background;

    public ParticipantProfiles(AssessmentReader assessments, ImpactReports impact, MembershipSnapshots memberships,
                               ProjectionStore versions, ReportingProperties properties, MeterRegistry meters,
                               ObjectProvider<Clock> clock) {
        this.assessments = assessments;
        this.impact = impact;
        this.memberships = memberships;
        this.versions = versions;
        this.calculator = new ProfileCalculator(new Suppression(properties.suppressionK()));
        this.computeTimer = Timer.builder("nc.report.compute")
                .description("Time to load the facts of a year and compute its report")
                .tag("report", "participant-profile")
                .register(meters);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.background = new BackgroundRefresh("profile-refresh", this.clock);
        int capacity = properties.cachedYears();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, ProfileView> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The profile of {@code year} reflecting at least every batch ingested before this call. */
    public ProfileView profile(int year) {
        return profile(year, Duration.ZERO);
    }

    /**
     * The profile of {@code year}: the cached one if it reflects every batch ingested so far, or if it
     * was computed at most {@code maxStale} ago (then a recomputation starts in the background);
     * otherwise computed now.
     */
    public ProfileView profile(int year, Duration maxStale) {
        long version = versions.currentVersion();
        ProfileView cached = cache.get(year);
        if (cached != null && cached.dataVersion() == version) {
            return cached;
        }
        if (cached != null && background.servesStale(year, cached.generatedAt(), maxStale, () -> profile(year))) {
            return cached;
        }
        long started = System.nanoTime();
        CenterZones zones = impact.zones();
        List<EventFacts> events = impact.events(year, version, zones.yearWindow(year));
        MembershipFacts membership = memberships.current();
        List<AssessmentFacts> scored = assessments.all();
        ParticipantProfile profile = calculator.compute(year, zones, events, membership, scored);
        long nanos = System.nanoTime() - started;
        computeTimer.record(nanos, TimeUnit.NANOSECONDS);
        log.info("Computed participant profile year={} dataVersion={} assessmentsLoaded={} participants={} in {} ms",
                year, version, scored.size(), profile.network().participants(), nanos / 1_000_000);
        ProfileView view = new ProfileView(profile, version, clock.instant());
        cache.put(year, view);
        return view;
    }
}
