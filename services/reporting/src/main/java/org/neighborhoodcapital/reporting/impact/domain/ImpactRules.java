package org.neighborhoodcapital.reporting.impact.domain;

/**
 * The configurable thresholds of the impact metrics.
 *
 * @param returningMinMonths distinct calendar months of the year a participant must have attended
 *                           events in to count as returning (2 by definition)
 */
public record ImpactRules(int returningMinMonths) {

    public static final ImpactRules DEFAULT = new ImpactRules(2);

    public ImpactRules {
        if (returningMinMonths < 1 || returningMinMonths > 12) {
            throw new IllegalArgumentException("returningMinMonths must be 1..12 but was " + returningMinMonths);
        }
    }
}
