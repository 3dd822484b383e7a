package org.neighborhoodcapital.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.reporting.ReportingProperties;
import org.neighborhoodcapital.reporting.impact.domain.CheckupFacts;
import org.neighborhoodcapital.reporting.impact.domain.EventFacts;
import org.neighborhoodcapital.reporting.impact.domain.InitiativeFacts;
import org.neighborhoodcapital.reporting.impact.domain.MembershipFacts;
import org.neighborhoodcapital.reporting.impact.domain.TimeWindow;
import org.neighborhoodcapital.reporting.impact.persistence.ImpactFactsReader;
import org.neighborhoodcapital.reporting.projection.persistence.ProjectionStore;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A request that accepts staleness ({@code Cache-Control: max-stale}) gets the cached report at once
 * while one recomputation runs in the background; a request that does not, or whose bound the cached
 * report exceeds, gets a report of the current data.
 */
class ImpactReportsStalenessTest {

    private static final int YEAR = 2031;
    private static final Instant START = Instant.parse("2031-03-10T18:00:00Z");
    private static final UUID EVENT = UUID.randomUUID();

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicReference<List<UUID>> attendees = new AtomicReference<>(List.of(UUID.randomUUID()));
    private final AtomicReference<CountDownLatch> readGate = new AtomicReference<>(new CountDownLatch(0));
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2032-01-10T09:00:00Z"));

    private final ProjectionStore versions = new ProjectionStore(null) {
        @Override
        public long currentVersion() {
            return version.get();
        }

        @Override
        public long currentMembershipVersion() {
            return 1;
        }
    };

    private final ImpactFactsReader facts = new ImpactFactsReader(null) {
        @Override
        public Map<String, ZoneId> registeredZones() {
            return Map.of();
        }

        @Override
        public List<EventFacts> eventsStartingIn(TimeWindow window) {
            try {
                readGate.get().await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new EventFacts(EVENT, "c1", START, false, false, attendees.get()));
        }

        @Override
        public List<InitiativeFacts> initiativesLaunchedIn(TimeWindow window) {
            return List.of();
        }

        @Override
        public MembershipFacts membership() {
            return MembershipFacts.NONE;
        }

        @Override
        public List<CheckupFacts> checkupsIn(TimeWindow window) {
            return List.of();
        }
    };

    private final ImpactReports reports = new ImpactReports(facts, new MembershipSnapshots(facts, versions), versions,
            new ReportingProperties(ZoneOffset.UTC, Map.of(), 2, Duration.ofMillis(500), Duration.ofSeconds(5), 5, 1.0, 5,
                    List.of(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2)),
            new SimpleMeterRegistry(), new StaticListableBeanFactory(Map.of("clock", new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            })).getBeanProvider(Clock.class));

    @Test
    void aClientAcceptingStalenessGetsTheCachedReportAtOnceAndTheRecomputedOneAfterwards() {
        assertThat(attendances(reports.report(YEAR))).isEqualTo(1);

        newBatch(List.of(UUID.randomUUID(), UUID.randomUUID()));
        CountDownLatch slowRead = new CountDownLatch(1);
        readGate.set(slowRead); // the recomputation cannot finish yet
        now.set(now.get().plusSeconds(30));

        ImpactView stale = reports.report(YEAR, Duration.ofSeconds(60));
        assertThat(stale.dataVersion()).isEqualTo(1);
        assertThat(attendances(stale)).isEqualTo(1);
        assertThat(reports.report(YEAR, Duration.ofSeconds(60)).dataVersion()).as("still stale while it recomputes").isEqualTo(1);

        slowRead.countDown();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ImpactView refreshed = reports.report(YEAR, Duration.ofSeconds(60));
            assertThat(refreshed.dataVersion()).isEqualTo(2);
            assertThat(attendances(refreshed)).isEqualTo(2);
        });
    }

    @Test
    void withoutStalenessOrBeyondItsBoundTheReportReflectsTheCurrentData() {
        assertThat(attendances(reports.report(YEAR))).isEqualTo(1);

        newBatch(List.of(UUID.randomUUID(), UUID.randomUUID()));
        assertThat(reports.report(YEAR).dataVersion()).as("no staleness accepted").isEqualTo(2);

        newBatch(List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()));
        now.set(now.get().plusSeconds(61));
        ImpactView beyondTheBound = reports.report(YEAR, Duration.ofSeconds(60));
        assertThat(beyondTheBound.dataVersion()).as("cached view computed 61 s ago, 60 s accepted").isEqualTo(3);
        assertThat(attendances(beyondTheBound)).isEqualTo(3);
    }

    private void newBatch(List<UUID> checkedIn) {
        attendees.set(checkedIn);
        version.incrementAndGet();
    }

    private static long attendances(ImpactView view) {
        return view.report().network().attendances();
    }
}
