package org.neighborhoodcapital.reporting.impact.domain;

import java.time.ZoneId;

/** One center's figures for the year, with the zone its dates were read in. */
public record CenterImpact(String centerId, ZoneId timezone, ImpactFigures figures, CenterMembership membership) {
}
