package org.neighborhoodcapital.memberships.pass.web;


import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.memberships.pass.application.PassPlans;
import org.neighborhoodcapital.memberships.pass.domain.PassPlan;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A center's pass plans: created by its staff, read by its staff and kiosks (and network admins). */
@RestController
@RequestMapping("/api/centers/{centerId}/pass-plans")
public class PassPlanController {

    public record PlanBody(String name, PassTier tier, Long priceMinor, String currency, Integer durationDays, PassScope scope) {
    }

    public record PlanView(UUID planId, String centerId, String name, PassTier tier, long priceMinor, String currency, int durationDays,
                           PassScope scope, Instant createdAt) {

        static PlanView of(PassPlan p) {
            return new PlanView(p.planId(), p.centerId(), p.name(), p.tier(), p.priceMinor(), p.currency(), p.durationDays(), p.scope(),
                    p.createdAt());
        }
    }

    private final PassPlans plans;

    public PassPlanController(PassPlans plans) {
        this.plans = plans;
    }

    @PostMapping
    public ResponseEntity<PlanView> create(@PathVariable String centerId, @RequestBody PlanBody body) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF);
        PassPlan plan = plans.create(centerId, body.name(), body.tier(), body.priceMinor(), body.currency(),
                body.durationDays(), body.scope());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(plan.planId()).toUri();
        return ResponseEntity.created(location).body(PlanView.of(plan));
    }

    @GetMapping
    public List<PlanView> list(@PathVariable String centerId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        return plans.list(centerId).stream().map(PlanView::of).toList();
    }

    @GetMapping("/{planId}")
    public PlanView get(@PathVariable String centerId, @PathVariable UUID planId) {
        Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        return PlanView.of(plans.get(centerId, planId));
    }
}
