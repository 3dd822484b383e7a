package org.neighborhoodcapital.reporting.impact.domain;

/**
 * The configurable thresholds of the impact metrics.
 *
 * @param returningMinMonths          distinct calendar months of the year a participant must have attended
 *                                    events in to count as returning (2 by definition)
 * @param selfSufficiencyThreshold    self-sufficiency (revenue / budget) from which a center reaches
 *                                    four-step stage 4 (1.0 by definition)
 */
public record ImpactRules(int returningMinMonths, double selfSufficiencyThreshold) {

    public static final ImpactRules DEFAULT = new ImpactRules(2, 1.0);

    public ImpactRules {
        if (returningMinMonths < 1 || returningMinMonths > 12) {
            throw new IllegalArgumentException("returningMinMonths must be 1..12 but was " + returningMinMonths);
        }
        if (!(selfSufficiencyThreshold > 0)) {
            throw new IllegalArgumentException("selfSufficiencyThreshold must be positive but was " + selfSufficiencyThreshold);
        }
    }

    public ImpactRules(int returningMinMonths) {
        this(returningMinMonths, 1.0);
    }
}
