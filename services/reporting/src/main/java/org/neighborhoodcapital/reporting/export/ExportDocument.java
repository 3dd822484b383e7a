package org.neighborhoodcapital.reporting.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report ready to be exported: what it is, facts about it (year, revision, content hash, …) and its figures
 * in tidy long format.
 *
 * @param kind         {@code impact-report} or {@code participant-profile}
 * @param title        printed on the first page
 * @param year         the report's year
 * @param revision     the closed revision, or null for a live computation
 * @param about        facts printed with the report (status, content hash, generated at, …), in order
 * @param suppressionK the k of small-cell suppression (printed as "suppressed (n &lt; k)")
 * @param rows         every figure
 * @param charts       charts for the printable form
 */
public record ExportDocument(String kind, String title, int year, Integer revision, Map<String, String> about,
                             int suppressionK, List<ReportRow> rows, List<BarChartSpec> charts) {

    public ExportDocument {
        about = new LinkedHashMap<>(about);
        rows = List.copyOf(rows);
        charts = List.copyOf(charts);
    }

    /** Section names in the order their first row appears. */
    public List<String> sections() {
        Set<String> sections = new LinkedHashSet<>();
        rows.forEach(r -> sections.add(r.section()));
        return new ArrayList<>(sections);
    }

    public List<ReportRow> rows(String section) {
        return rows.stream().filter(r -> r.section().equals(section)).toList();
    }

    /** e.g. {@code impact-report-2025-r1.xlsx}, {@code impact-report-2025-live.pdf}, {@code participant-profile-2025.csv}. */
    public String fileName(ExportFormat format) {
        String suffix = revision != null ? "-r" + revision : "impact-report".equals(kind) ? "-live" : "";
        return kind + "-" + year + suffix + "." + format.extension();
    }
}
