package org.neighborhoodcapital.memberships.funnel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.INITIATOR;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.LEADER;
import static org.neighborhoodcapital.contracts.memberships.FunnelStage.PARTICIPANT;
import static org.neighborhoodcapital.memberships.funnel.domain.Activities.at;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.platform.domain.DomainException;

class PromotionTest {

    private static final java.time.Instant JOINED = at(0);
    private static final java.time.Instant NOW = at(100);

    @Test
    void aPromotionUpIsATransitionFromTheCurrentStageDatedNowByDefault() {
        Transition t = Promotion.decide(PARTICIPANT, JOINED, LEADER, "  leads the garden club ", null, NOW);

        assertThat(t).isEqualTo(new Transition(PARTICIPANT, LEADER, NOW, "leads the garden club", true));
    }

    @Test
    void promotingBackwardsOrToTheSameStageIsAConflictOnTo() {
        assertThatThrownBy(() -> Promotion.decide(INITIATOR, JOINED, PARTICIPANT, "oops", null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.field()).isEqualTo("to");
                });
        assertThatThrownBy(() -> Promotion.decide(INITIATOR, JOINED, INITIATOR, "again", null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void aReasonIsRequiredAndTheDateMustLieBetweenJoiningAndNow() {
        assertThatThrownBy(() -> Promotion.decide(PARTICIPANT, JOINED, LEADER, " ", null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> Promotion.decide(PARTICIPANT, JOINED, LEADER, "why", at(200), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("promotedAt"));
        assertThatThrownBy(() -> Promotion.decide(PARTICIPANT, JOINED, LEADER, "why", at(-1), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("promotedAt"));
        assertThatThrownBy(() -> Promotion.decide(PARTICIPANT, JOINED, null, "why", null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }
}
