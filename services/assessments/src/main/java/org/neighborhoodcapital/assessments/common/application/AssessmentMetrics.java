package org.neighborhoodcapital.assessments.common.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
import org.springframework.stereotype.Component;

/**
 * Counters of the assessments service (the platform adds the tag {@code service}); every tag has a
 * bounded set of values:
 * <ul>
 * <li>{@value #SUBMITTED}{instrument}: self-assessments stored, by instrument version;</li>
 * <li>{@value #CHECKUPS}{organizationType, assessorRole}: model check-ups stored;</li>
 * <li>{@value #ERASED}: self-assessments deleted because their participant was erased.</li>
 * </ul>
 */
@Component
public class AssessmentMetrics {

    public static final String SUBMITTED = "nc.assessments.submitted";
    public static final String CHECKUPS = "nc.model.checkups.submitted";
    public static final String ERASED = "nc.assessments.erased";

    private final MeterRegistry registry;

    public AssessmentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void submitted(String instrumentVersion) {
        Counter.builder(SUBMITTED).description("Self-assessments stored").tag("instrument", instrumentVersion)
                .register(registry).increment();
    }

    public void checkup(OrganizationType organizationType, AssessorRole assessorRole) {
        Counter.builder(CHECKUPS).description("Model check-ups stored")
                .tag("organizationType", organizationType.name()).tag("assessorRole", assessorRole.name())
                .register(registry).increment();
    }

    public void erased(long assessments) {
        Counter counter = Counter.builder(ERASED).description("Self-assessments deleted on erasure").register(registry);
        if (assessments > 0) {
            counter.increment(assessments);
        }
    }
}
