package org.neighborhoodcapital.contracts;

/** CloudEvents {@code source} of each producing service. */
public final class Sources {

    public static final String EVENTS = "/neighborhood-capital/events";
    public static final String MEMBERSHIPS = "/neighborhood-capital/memberships";
    public static final String ASSESSMENTS = "/neighborhood-capital/assessments";
    public static final String REPORTING = "/neighborhood-capital/reporting";

    private Sources() {
    }
}
