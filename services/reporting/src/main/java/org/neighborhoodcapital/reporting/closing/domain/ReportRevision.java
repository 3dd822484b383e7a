package org.neighborhoodcapital.reporting.closing.domain;

import java.time.Instant;

/**
 * An immutable closed revision of a year's impact report.
 *
 * @param year        the report's year
 * @param revision    1, 2, … in the order of closing
 * @param contentHash SHA-256 (hex) of {@code figures}
 * @param closedAt    when it was frozen
 * @param closedBy    the subject who closed it
 * @param generatedAt when the frozen figures were computed
 * @param dataVersion the projections' data version they reflect
 * @param figures     the report's figures as canonical JSON (keys sorted, compact; no volatile fields)
 */
public record ReportRevision(int year, int revision, String contentHash, Instant closedAt, String closedBy,
                             Instant generatedAt, long dataVersion, String figures) {

    /** The store's key: one document per (year, revision), so two closes can never both create the same revision. */
    public String id() {
        return id(year, revision);
    }

    public static String id(int year, int revision) {
        return year + ":" + revision;
    }
}
