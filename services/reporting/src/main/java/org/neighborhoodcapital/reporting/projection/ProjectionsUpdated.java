package org.neighborhoodcapital.reporting.projection;

/**
 * Published (as a Spring application event) after a batch of facts has been written to the
 * projections.
 *
 * @param dataVersion the data version after the batch
 * @param facts       how many facts the batch carried
 */
public record ProjectionsUpdated(long dataVersion, int facts) {
}
