package org.neighborhoodcapital.reporting.impact;

import java.time.Instant;

import org.neighborhoodcapital.reporting.impact.domain.ImpactReport;

/** A computed impact report with the data version it reflects and when it was computed. */
public record ImpactView(ImpactReport report, long dataVersion, Instant generatedAt) {
}
