package org.neighborhoodcapital.reporting.impact;

import org.neighborhoodcapital.reporting.impact.domain.MembershipFacts;
import org.neighborhoodcapital.reporting.impact.persistence.ImpactFactsReader;
import org.neighborhoodcapital.reporting.projection.persistence.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The membership facts (every participant, pass and funnel step of the network) as of the current
 * membership version, read from the projections once per version. A stream of check-ins does not
 * change them, so the reports computed during it share one snapshot instead of reading tens of
 * thousands of participants each time. The version is read before the facts: a snapshot holds at
 * least what its version counts (a newer batch that lands meanwhile makes the next call read again).
 */
@Component
public class MembershipSnapshots {

    private static final Logger log = LoggerFactory.getLogger(MembershipSnapshots.class);

    private final ImpactFactsReader reader;
    private final ProjectionStore versions;
    private final Object loading = new Object();
    private volatile Snapshot snapshot;

    public MembershipSnapshots(ImpactFactsReader reader, ProjectionStore versions) {
        this.reader = reader;
        this.versions = versions;
    }

    /** The facts reflecting at least every membership change ingested before this call. */
    public MembershipFacts current() {
        long version = versions.currentMembershipVersion();
        Snapshot known = snapshot;
        if (known != null && known.version() == version) {
            return known.facts();
        }
        synchronized (loading) {
            version = versions.currentMembershipVersion();
            known = snapshot;
            if (known != null && known.version() == version) {
                return known.facts();
            }
            long started = System.nanoTime();
            MembershipFacts facts = reader.membership();
            snapshot = new Snapshot(version, facts);
            log.debug("Read membership facts version={} participants={} passes={} funnelSteps={} in {} ms", version,
                    facts.participants().size(), facts.passes().size(), facts.funnelChanges().size(),
                    (System.nanoTime() - started) / 1_000_000);
            return facts;
        }
    }

    private record Snapshot(long version, MembershipFacts facts) {
    }
}
