package org.neighborhoodcapital.memberships.funnel.web;


import java.time.Instant;
import java.util.UUID;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.memberships.common.web.Millis;
import org.neighborhoodcapital.memberships.funnel.application.Funnel;
import org.neighborhoodcapital.memberships.funnel.domain.Transition;
import org.neighborhoodcapital.memberships.participant.web.ParticipantAccess;
import org.neighborhoodcapital.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Manual promotions: by the staff of the participant's home center (and network admins). */
@RestController
public class PromotionController {

    /**
     * {@code promotedAt} defaults to now. The {@code reason} is published with FunnelStageChanged:
     * it must describe the activity, never name the person or hold contacts.
     */
    public record PromotionBody(FunnelStage to, String reason, Instant promotedAt) {
    }

    public record PromotionView(UUID participantId, FunnelStage from, FunnelStage to, String reason, boolean manual, Instant changedAt) {
    }

    private final Funnel funnel;
    private final ParticipantAccess access;

    public PromotionController(Funnel funnel, ParticipantAccess access) {
        this.funnel = funnel;
        this.access = access;
    }

    @PostMapping("/api/participants/{participantId}/promotions")
    @ResponseStatus(HttpStatus.CREATED)
    public PromotionView promote(@PathVariable UUID participantId, @RequestBody PromotionBody body) {
        access.require(participantId, Role.CENTER_STAFF);
        Transition t = funnel.promote(participantId, body.to(), body.reason(), Millis.of(body.promotedAt()));
        return new PromotionView(participantId, t.from(), t.to(), t.reason(), t.manual(), t.at());
    }
}
