package org.neighborhoodcapital.reporting.impact;

import java.time.Instant;
import java.util.Map;

import org.neighborhoodcapital.reporting.impact.domain.Benchmark;
import org.neighborhoodcapital.reporting.impact.domain.ImpactReport;
import org.neighborhoodcapital.reporting.impact.domain.ModelAlignment;

/**
 * A computed impact report, the model check-ups of its year, the network benchmark of the center KPIs,
 * the data version it reflects and when it was computed.
 */
public record ImpactView(ImpactReport report, ModelAlignment model, Map<String, Benchmark> benchmark,
                         long dataVersion, Instant generatedAt) {
}
