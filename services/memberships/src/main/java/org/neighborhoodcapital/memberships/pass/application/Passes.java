package org.neighborhoodcapital.memberships.pass.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.memberships.center.application.Centers;
import org.neighborhoodcapital.memberships.common.application.Announce;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.memberships.common.metrics.MembershipsMetrics;
import org.neighborhoodcapital.memberships.participant.application.Participants;
import org.neighborhoodcapital.memberships.participant.domain.Participant;
import org.neighborhoodcapital.memberships.pass.domain.Pass;
import org.neighborhoodcapital.memberships.pass.domain.PassPlan;
import org.neighborhoodcapital.memberships.pass.persistence.PassPlanRepository;
import org.neighborhoodcapital.memberships.pass.persistence.PassRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Buying, renewing and cancelling season tickets. Each change is stored with the record announcing it
 * (PassPurchased, PassRenewed, PassCancelled) in one write, conditional on what was read; on a
 * concurrent change the operation reads again and decides again.
 */
@Service
public class Passes {

    private static final Logger log = LoggerFactory.getLogger(Passes.class);
    private static final int ATTEMPTS = 5;

    private final PassRepository repository;
    private final PassPlanRepository plans;
    private final Participants participants;
    private final Centers centers;
    private final MembershipsMetrics metrics;
    private final OutboxKick outbox;
    private final Clock clock;

    public Passes(PassRepository repository, PassPlanRepository plans, Participants participants, Centers centers,
                  MembershipsMetrics metrics, OutboxKick outbox, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.participants = participants;
        this.centers = centers;
        this.metrics = metrics;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Pass purchase(UUID participantId, UUID planId, Instant purchasedAt, Instant validFrom, String currency) {
        Participant participant = participants.get(participantId);
        if (planId == null) {
            throw DomainException.invalid("planId", "is required");
        }
        PassPlan plan = plans.find(planId).orElseThrow(() -> DomainException.unprocessable("planId", "no pass plan " + planId));
        ZoneId zone = zoneOf(plan.centerId());
        UUID passId = UUID.randomUUID();
        for (int attempt = 1; ; attempt++) {
            Pass.Changed<PassPurchased> bought = Pass.purchase(passId, participantId, participant.joinedAt(), plan, zone, purchasedAt,
                    validFrom, currency, repository.ofParticipantAndPlan(participantId, planId), clock.instant());
            PassPurchased purchased = bought.announcement();
            try {
                repository.insert(bought.pass(), Announce.once(purchased.purchasedAt(), passId.toString(), purchased,
                        "pass-purchased", passId.toString()));
            } catch (DuplicateKeyException raced) {
                if (attempt == ATTEMPTS) {
                    throw DomainException.conflict("planId", "passes of this plan are being bought concurrently; try again");
                }
                continue;
            }
            outbox.afterWrite();
            metrics.passSold(plan.centerId(), plan.tier());
            log.info("Pass {} of plan {} purchased by participant {}", passId, planId, participantId);
            return bought.pass();
        }
    }

    public Pass renew(UUID participantId, UUID passId, Instant renewedAt, String currency) {
        participants.get(participantId);
        for (int attempt = 1; ; attempt++) {
            Pass pass = ownPass(participantId, passId);
            Pass.Changed<PassRenewed> renewal = pass.renew(renewedAt, currency, zoneOf(pass.centerId()),
                    repository.ofParticipantAndPlan(participantId, pass.planId()), clock.instant());
            PassRenewed renewed = renewal.announcement();
            if (repository.renew(pass, renewal.pass(), Announce.fresh(renewed.renewedAt(), passId.toString(), renewed))) {
                outbox.afterWrite();
                log.info("Pass {} renewed until {}", passId, renewed.validUntil());
                return renewal.pass();
            }
            retryOrGiveUp(attempt, passId);
        }
    }

    public Pass cancel(UUID participantId, UUID passId, Long refundMinor, Instant cancelledAt, String currency) {
        participants.get(participantId);
        for (int attempt = 1; ; attempt++) {
            Pass pass = ownPass(participantId, passId);
            Pass.Changed<PassCancelled> cancellation = pass.cancel(refundMinor, cancelledAt, currency, clock.instant());
            PassCancelled cancelled = cancellation.announcement();
            if (repository.cancel(pass, cancellation.pass(), Announce.once(cancelled.cancelledAt(), passId.toString(), cancelled,
                    "pass-cancelled", passId.toString()))) {
                outbox.afterWrite();
                log.info("Pass {} cancelled with a refund of {} {}", passId, refundMinor, pass.currency());
                return cancellation.pass();
            }
            retryOrGiveUp(attempt, passId);
        }
    }

    public List<Pass> list(UUID participantId) {
        participants.get(participantId);
        return repository.ofParticipant(participantId);
    }

    /** @throws DomainException NOT_FOUND (participantId or passId), GONE for an erased participant */
    public Pass get(UUID participantId, UUID passId) {
        participants.get(participantId);
        return ownPass(participantId, passId);
    }

    private Pass ownPass(UUID participantId, UUID passId) {
        return repository.find(passId).filter(pass -> pass.participantId().equals(participantId))
                .orElseThrow(() -> DomainException.notFound("passId", "participant " + participantId + " holds no pass " + passId));
    }

    private ZoneId zoneOf(String centerId) {
        return centers.get(centerId).details().timezone();
    }

    private static void retryOrGiveUp(int attempt, UUID passId) {
        if (attempt == ATTEMPTS) {
            throw DomainException.conflict("passId", "pass " + passId + " is being changed concurrently; try again");
        }
    }
}
