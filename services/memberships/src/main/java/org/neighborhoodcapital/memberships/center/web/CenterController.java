package org.neighborhoodcapital.memberships.center.web;


import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.neighborhoodcapital.memberships.center.application.Centers;
import org.neighborhoodcapital.memberships.center.domain.Center;
import org.neighborhoodcapital.memberships.center.domain.CenterDetails;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.security.Access;
import org.neighborhoodcapital.platform.security.Caller;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Centers. Registering and updating: network admins only. Reading one center: its staff and kiosks,
 * analysts, admins. The list: everything for analysts and admins, only the token's own centers for
 * staff and kiosks.
 */
@RestController
@RequestMapping("/api/centers")
public class CenterController {

    public record BudgetBody(Long amountMinor, String currency) {
    }

    /** {@code id} is required on POST; on PUT it may be left out, and if given must equal the path. */
    public record CenterBody(String id, String name, String city, String timezone, BudgetBody operatingBudget) {

        CenterDetails details() {
            return CenterDetails.validate(name, city, timezone,
                    operatingBudget == null ? null : new CenterDetails.BudgetInput(operatingBudget.amountMinor(), operatingBudget.currency()));
        }
    }

    public record BudgetView(long amountMinor, String currency) {
    }

    public record CenterView(String id, String name, String city, String timezone, BudgetView operatingBudget,
                             Instant registeredAt, Instant updatedAt) {

        static CenterView of(Center c) {
            CenterDetails d = c.details();
            BudgetView budget = d.operatingBudget() == null ? null
                    : new BudgetView(d.operatingBudget().amountMinor(), d.operatingBudget().currency());
            return new CenterView(c.centerId(), d.name(), d.city(), d.timezone().getId(), budget, c.registeredAt(), c.updatedAt());
        }
    }

    private final Centers centers;

    public CenterController(Centers centers) {
        this.centers = centers;
    }

    @PostMapping
    public ResponseEntity<CenterView> register(@RequestBody CenterBody body) {
        Access.requireRole(Role.NETWORK_ADMIN);
        Center center = centers.register(body.id(), body.details());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(center.centerId()).toUri();
        return ResponseEntity.created(location).body(CenterView.of(center));
    }

    @PutMapping("/{centerId}")
    public CenterView update(@PathVariable String centerId, @RequestBody CenterBody body) {
        Access.requireRole(Role.NETWORK_ADMIN);
        if (body.id() != null && !body.id().equals(centerId)) {
            throw DomainException.invalid("id", "must be the center of the path ('" + centerId + "') or left out: a center's id never changes");
        }
        return CenterView.of(centers.update(centerId, body.details()));
    }

    @GetMapping
    public List<CenterView> list() {
        Caller caller = Access.requireRole(Role.ANALYST, Role.CENTER_STAFF, Role.KIOSK);
        boolean seesAll = caller.isAdmin() || caller.has(Role.ANALYST);
        return centers.list().stream().filter(center -> seesAll || caller.worksAt(center.centerId())).map(CenterView::of).toList();
    }

    @GetMapping("/{centerId}")
    public CenterView get(@PathVariable String centerId) {
        if (!Caller.current().has(Role.ANALYST)) {
            Access.requireCenter("centerId", centerId, Role.CENTER_STAFF, Role.KIOSK);
        }
        return CenterView.of(centers.get(centerId));
    }
}
