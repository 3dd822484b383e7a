package org.neighborhoodcapital.memberships.pass.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neighborhoodcapital.contracts.memberships.PassExpired;
import org.neighborhoodcapital.memberships.MembershipsProperties;
import org.neighborhoodcapital.memberships.common.application.Announce;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.memberships.common.metrics.MembershipsMetrics;
import org.neighborhoodcapital.memberships.pass.domain.Pass;
import org.neighborhoodcapital.memberships.pass.persistence.PassRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Announces each pass whose validity ended, exactly once: every candidate is switched ACTIVE →
 * EXPIRED together with its PassExpired record in one conditional update
 * ({@link PassRepository#expire}), so that any number of instances running this job at once, or a
 * restart in the middle of it, announce each pass once. PassExpired is dated at the pass's
 * {@code validUntil} (when it happened), whenever the job notices it.
 */
@Service
public class PassExpiry {

    private static final Logger log = LoggerFactory.getLogger(PassExpiry.class);

    private final PassRepository repository;
    private final MembershipsMetrics metrics;
    private final OutboxKick outbox;
    private final Clock clock;
    private final int batchSize;

    public PassExpiry(PassRepository repository, MembershipsMetrics metrics, OutboxKick outbox, Clock clock,
                      MembershipsProperties properties) {
        this.repository = repository;
        this.metrics = metrics;
        this.outbox = outbox;
        this.clock = clock;
        this.batchSize = properties.passes().expiryBatchSize();
    }

    /** @return how many passes this call expired (and announced) */
    public int expireDue() {
        Instant now = clock.instant();
        Map<String, Integer> expiredByCenter = new TreeMap<>();
        int expired = 0;
        while (true) {
            List<Pass> due = repository.dueToExpire(now, batchSize);
            int won = 0;
            for (Pass pass : due) {
                PassExpired announcement = pass.expired();
                if (repository.expire(pass, now, Announce.once(announcement.expiredAt(), pass.passId().toString(), announcement,
                        "pass-expired", pass.passId().toString()))) {
                    won++;
                    expiredByCenter.merge(pass.centerId(), 1, Integer::sum);
                }
            }
            expired += won;
            // Another instance may have taken some: go on while full batches come back and we still win some.
            if (due.size() < batchSize || won == 0) {
                break;
            }
        }
        if (expired > 0) {
            outbox.afterWrite();
            expiredByCenter.forEach(metrics::passesExpired);
            log.info("Pass expiry: {} pass(es) expired {}", expired, expiredByCenter);
        }
        return expired;
    }
}
