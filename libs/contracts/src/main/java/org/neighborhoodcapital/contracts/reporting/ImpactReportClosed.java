package org.neighborhoodcapital.contracts.reporting;

import java.time.Instant;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Require;

/** A year's impact report was frozen as an immutable revision with a content hash. */
public record ImpactReportClosed(
        int year,
        int revision,
        String contentHash,
        Instant closedAt) implements DomainEvent {

    public ImpactReportClosed {
        Require.present(contentHash, "contentHash");
        Require.present(closedAt, "closedAt");
    }

    @Override
    public String partitionKey() {
        return Integer.toString(year);
    }
}
