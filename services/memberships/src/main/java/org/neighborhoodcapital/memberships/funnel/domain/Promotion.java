package org.neighborhoodcapital.memberships.funnel.domain;

import java.time.Instant;

import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.platform.domain.DomainException;
import org.neighborhoodcapital.platform.domain.Violations;

/** The rule for a manual promotion by staff: always up, with a reason, dated between joining and now. */
public final class Promotion {

    public static final int MAX_REASON_LENGTH = 500;

    /**
     * @param promotedAt when it was decided; {@code now} when not given
     * @throws DomainException INVALID for a missing target or reason or a bad date, CONFLICT (to) when
     *                         {@code to} is not above the current stage
     */
    public static Transition decide(FunnelStage current, Instant joinedAt, FunnelStage to, String reason, Instant promotedAt,
                                    Instant now) {
        Violations violations = new Violations();
        violations.require(to, "to");
        violations.text(reason, "reason", MAX_REASON_LENGTH);
        violations.notInTheFuture(promotedAt, "promotedAt", now);
        Instant at = promotedAt == null ? now : promotedAt;
        if (joinedAt != null && at.isBefore(joinedAt)) {
            violations.add("promotedAt", "must not be before the participant joined (" + joinedAt + ")");
        }
        violations.throwIfAny();
        if (!to.isAbove(current)) {
            throw DomainException.conflict("to", "the participant is " + current + " already; a promotion must go up (a stage never goes back)");
        }
        return new Transition(current, to, at, reason.trim(), true);
    }

    private Promotion() {
    }
}
