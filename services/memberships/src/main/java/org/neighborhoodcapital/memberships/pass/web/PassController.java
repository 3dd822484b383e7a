package org.neighborhoodcapital.memberships.pass.web;


import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.memberships.common.web.Millis;
import org.neighborhoodcapital.memberships.participant.web.ParticipantAccess;
import org.neighborhoodcapital.memberships.pass.application.Passes;
import org.neighborhoodcapital.memberships.pass.domain.Pass;
import org.neighborhoodcapital.memberships.pass.domain.PassState;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A participant's passes: bought, renewed and cancelled by the home center's staff; read by them and the participant. */
@RestController
@RequestMapping("/api/participants/{participantId}/passes")
public class PassController {

    /** {@code purchasedAt} defaults to now, {@code validFrom} to purchasedAt; {@code currency}, when given, must be the plan's. */
    public record PurchaseBody(UUID planId, Instant purchasedAt, Instant validFrom, String currency) {
    }

    public record RenewBody(Instant renewedAt, String currency) {
    }

    public record CancelBody(Long refundMinor, Instant cancelledAt, String currency) {
    }

    public record RenewalView(Instant renewedAt, long priceMinor, Instant validUntil) {
    }

    public record PassView(UUID passId, UUID participantId, String centerId, UUID planId, PassTier tier, PassScope scope, PassState state,
                           long priceMinor, long paidMinor, String currency, Instant purchasedAt, Instant validFrom, Instant validUntil,
                           List<RenewalView> renewals, Instant cancelledAt, Long refundMinor, Instant expiredAt) {

        static PassView of(Pass p) {
            return new PassView(p.passId(), p.participantId(), p.centerId(), p.planId(), p.tier(), p.scope(), p.state(), p.priceMinor(),
                    p.paidMinor(), p.currency(), p.purchasedAt(), p.validFrom(), p.validUntil(),
                    p.renewals().stream().map(r -> new RenewalView(r.renewedAt(), r.priceMinor(), r.validUntil())).toList(),
                    p.cancelledAt(), p.refundMinor(), p.expiredAt());
        }
    }

    private final Passes passes;
    private final ParticipantAccess access;

    public PassController(Passes passes, ParticipantAccess access) {
        this.passes = passes;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<PassView> purchase(@PathVariable UUID participantId, @RequestBody PurchaseBody body) {
        access.require(participantId, Role.CENTER_STAFF);
        Pass pass = passes.purchase(participantId, body.planId(), Millis.of(body.purchasedAt()), Millis.of(body.validFrom()),
                body.currency());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(pass.passId()).toUri();
        return ResponseEntity.created(location).body(PassView.of(pass));
    }

    @GetMapping
    public List<PassView> list(@PathVariable UUID participantId) {
        access.require(participantId, Role.CENTER_STAFF, Role.PARTICIPANT);
        return passes.list(participantId).stream().map(PassView::of).toList();
    }

    @GetMapping("/{passId}")
    public PassView get(@PathVariable UUID participantId, @PathVariable UUID passId) {
        access.require(participantId, Role.CENTER_STAFF, Role.PARTICIPANT);
        return PassView.of(passes.get(participantId, passId));
    }

    @PostMapping("/{passId}/renew")
    public PassView renew(@PathVariable UUID participantId, @PathVariable UUID passId, @RequestBody(required = false) RenewBody body) {
        access.require(participantId, Role.CENTER_STAFF);
        RenewBody given = body == null ? new RenewBody(null, null) : body;
        return PassView.of(passes.renew(participantId, passId, Millis.of(given.renewedAt()), given.currency()));
    }

    @PostMapping("/{passId}/cancel")
    public PassView cancel(@PathVariable UUID participantId, @PathVariable UUID passId, @RequestBody CancelBody body) {
        access.require(participantId, Role.CENTER_STAFF);
        return PassView.of(passes.cancel(participantId, passId, body.refundMinor(), Millis.of(body.cancelledAt()),
                body.currency()));
    }
}
