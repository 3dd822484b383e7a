package org.neighborhoodcapital.memberships.pass.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.memberships.center.application.Centers;
import org.neighborhoodcapital.memberships.center.domain.Center;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.memberships.pass.domain.PassPlan;
import org.neighborhoodcapital.memberships.pass.persistence.PassPlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The season-ticket plans each center sells. */
@Service
public class PassPlans {

    private static final Logger log = LoggerFactory.getLogger(PassPlans.class);

    private final PassPlanRepository repository;
    private final Centers centers;
    private final Clock clock;

    public PassPlans(PassPlanRepository repository, Centers centers, Clock clock) {
        this.repository = repository;
        this.centers = centers;
        this.clock = clock;
    }

    /** @throws DomainException NOT_FOUND (centerId) for an unknown center, INVALID / UNPROCESSABLE for a bad plan */
    public PassPlan create(String centerId, String name, PassTier tier, Long priceMinor, String currency, Integer durationDays,
                           PassScope scope) {
        Center center = centers.get(centerId);
        PassPlan plan = PassPlan.create(UUID.randomUUID(), centerId, name, tier, priceMinor, currency, durationDays, scope,
                center.details().operatingBudget(), clock.instant());
        repository.insert(plan);
        log.info("Pass plan {} created at center {} ({}, {} days)", plan.planId(), centerId, plan.tier(), plan.durationDays());
        return plan;
    }

    public List<PassPlan> list(String centerId) {
        centers.get(centerId);
        return repository.list(centerId);
    }

    public PassPlan get(String centerId, UUID planId) {
        return repository.find(planId).filter(plan -> plan.centerId().equals(centerId))
                .orElseThrow(() -> DomainException.notFound("planId", "no pass plan " + planId + " at center '" + centerId + "'"));
    }
}
