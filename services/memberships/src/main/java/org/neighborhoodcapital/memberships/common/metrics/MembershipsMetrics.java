package org.neighborhoodcapital.memberships.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.springframework.stereotype.Component;

/**
 * Counters of the memberships service (the platform adds the tag {@code service}). {@code center} is
 * a registered center's slug (a handful per network), {@code tier}, {@code from} and {@code to} are
 * enums: every tag has a bounded set of values.
 * <ul>
 * <li>{@value #JOINED}{center}: participants who joined;</li>
 * <li>{@value #ERASED}{center}: participants erased;</li>
 * <li>{@value #PASSES_SOLD}{center, tier}: passes purchased (renewals are not sales of a new pass);</li>
 * <li>{@value #PASSES_EXPIRED}{center}: passes announced as expired (by this instance);</li>
 * <li>{@value #FUNNEL_TRANSITIONS}{from, to, manual}: funnel stage changes announced.</li>
 * </ul>
 */
@Component
public class MembershipsMetrics {

    public static final String JOINED = "nc.participants.joined";
    public static final String ERASED = "nc.participants.erased";
    public static final String PASSES_SOLD = "nc.passes.sold";
    public static final String PASSES_EXPIRED = "nc.passes.expired";
    public static final String FUNNEL_TRANSITIONS = "nc.funnel.transitions";

    private final MeterRegistry registry;

    public MembershipsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void joined(String centerId) {
        Counter.builder(JOINED).description("Participants who joined").tag("center", centerId).register(registry).increment();
    }

    public void erased(String centerId) {
        Counter.builder(ERASED).description("Participants erased").tag("center", centerId).register(registry).increment();
    }

    public void passSold(String centerId, PassTier tier) {
        Counter.builder(PASSES_SOLD).description("Passes purchased").tag("center", centerId).tag("tier", tier.name())
                .register(registry).increment();
    }

    public void passesExpired(String centerId, int count) {
        Counter.builder(PASSES_EXPIRED).description("Passes announced as expired").tag("center", centerId)
                .register(registry).increment(count);
    }

    public void funnelTransition(FunnelStage from, FunnelStage to, boolean manual) {
        Counter.builder(FUNNEL_TRANSITIONS).description("Funnel stage changes announced")
                .tag("from", from.name()).tag("to", to.name()).tag("manual", Boolean.toString(manual))
                .register(registry).increment();
    }
}
