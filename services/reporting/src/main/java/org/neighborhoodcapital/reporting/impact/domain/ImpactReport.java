package org.neighborhoodcapital.reporting.impact.domain;

import java.util.List;

/**
 * The impact of one year: network-wide figures (participants distinct across centers, never
 * summed), how many centers had any activity, and each such center's figures sorted by id.
 */
public record ImpactReport(int year, ImpactFigures network, NetworkMembership networkMembership,
                           int activeCenters, List<CenterImpact> centers) {

    public ImpactReport {
        centers = List.copyOf(centers);
    }
}
