package org.neighborhoodcapital.reporting.export;

/**
 * One figure of a report in tidy long format: {@code section,centerId,dimension,group,metric,value,n,suppressed}.
 *
 * @param section    the table the figure belongs to (a CSV section, an XLSX sheet, a PDF table)
 * @param centerId   the center the figure is about; empty for a network-wide figure
 * @param dimension  what the figure is broken down by within its metric (initiative type, funnel stage, currency,
 *                   subjectivity dimension, …); empty when none
 * @param group      the scope: {@code network}, {@code center}, {@code homeCenter}, {@code funnelStage=<stage>}
 * @param metric     the metric's name as in the JSON report (defined in {@link Definitions})
 * @param value      the figure (a {@link Long} or {@link Double}); null when undefined or withheld
 * @param n          the number of participants a survey figure is computed over; null when not applicable
 * @param suppressed true when the figure is withheld by small-cell suppression
 */
public record ReportRow(String section, String centerId, String dimension, String group, String metric,
                        Number value, Long n, boolean suppressed) {

    public ReportRow {
        centerId = centerId == null ? "" : centerId;
        dimension = dimension == null ? "" : dimension;
        group = group == null ? "" : group;
    }

    public static final java.util.List<String> HEADER =
            java.util.List.of("section", "centerId", "dimension", "group", "metric", "value", "n", "suppressed");

    /** Where the figure sits, for people: the center, else the group. */
    String scope() {
        return centerId.isEmpty() ? group : centerId;
    }
}
