package org.neighborhoodcapital.reporting.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The figures of a participant profile's JSON ({@code GET /api/reports/participant-profile/{year}}) in tidy long
 * format. Group {@code network}, {@code homeCenter} (with the centerId) or {@code funnelStage=<stage>}; every survey
 * figure carries its n; a withheld figure is a row per metric with {@code suppressed = true} and no value.
 */
public final class ProfileRows {

    static final List<String> SCORE = List.of("mean", "sd", "ciLow", "ciHigh");
    static final List<String> CHANGE = List.of("mean", "sd", "ciLow", "ciHigh", "shareImproved", "shareDeclined");
    static final List<String> ENGAGEMENT = List.of("meanAttendances", "medianAttendances", "meanTenureMonths", "activePassShare");

    public static List<ReportRow> of(JsonNode profile) {
        List<ReportRow> rows = new ArrayList<>();
        cell(rows, profile.path("network"), "", "network");
        for (Map.Entry<String, JsonNode> home : profile.path("byHomeCenter").properties()) {
            cell(rows, home.getValue(), home.getKey(), "homeCenter");
        }
        for (Map.Entry<String, JsonNode> stage : profile.path("byFunnelStage").properties()) {
            cell(rows, stage.getValue(), "", "funnelStage=" + stage.getKey());
        }
        JsonNode outcome = profile.path("participationOutcome");
        if (suppressed(outcome)) {
            rows.add(withheld("participationOutcome", "", "", "network", "participants"));
        } else if (outcome.isObject()) {
            Long n = outcome.path("n").isNumber() ? outcome.path("n").longValue() : null;
            rows.add(new ReportRow("participationOutcome", "", "", "network", "participants", n, n, false));
            JsonNode quartiles = outcome.path("quartiles");
            for (String q : List.of("q1", "q2", "q3")) {
                rows.add(new ReportRow("participationOutcome", "", "attendance quartiles", "network", q,
                        ImpactRows.number(quartiles.path(q)), n, false));
            }
            for (Map.Entry<String, JsonNode> group : outcome.path("groups").properties()) {
                if (suppressed(group.getValue())) {
                    rows.add(withheld("participationOutcome", "", group.getKey(), "network", "meanSiChange"));
                } else {
                    JsonNode g = group.getValue();
                    rows.add(new ReportRow("participationOutcome", "", group.getKey(), "network", "meanSiChange",
                            ImpactRows.number(g.path("meanSiChange")), g.path("n").longValue(), false));
                }
            }
        }
        return rows;
    }

    private static void cell(List<ReportRow> rows, JsonNode cell, String centerId, String group) {
        if (suppressed(cell)) {
            rows.add(withheld("participants", centerId, "", group, "participants"));
            return;
        }
        long participants = cell.path("participants").longValue();
        rows.add(new ReportRow("participants", centerId, "", group, "participants", participants, participants, false));
        figures(rows, "subjectivity", cell.path("subjectivity"), centerId, group, SCORE);
        figures(rows, "change", cell.path("change"), centerId, group, CHANGE);
        JsonNode engagement = cell.path("engagement");
        if (suppressed(engagement)) {
            ENGAGEMENT.forEach(metric -> rows.add(withheld("engagement", centerId, "", group, metric)));
        } else if (engagement.isObject()) {
            Long n = engagement.path("n").longValue();
            for (String metric : ENGAGEMENT) {
                rows.add(new ReportRow("engagement", centerId, "", group, metric, ImpactRows.number(engagement.path(metric)), n, false));
            }
            for (Map.Entry<String, JsonNode> stage : engagement.path("funnel").properties()) {
                rows.add(suppressed(stage.getValue())
                        ? withheld("engagement", centerId, stage.getKey(), group, "funnelCount")
                        : new ReportRow("engagement", centerId, stage.getKey(), group, "funnelCount",
                        ImpactRows.number(stage.getValue()), n, false));
            }
        }
    }

    /** {@code {dimensions: {D: stat}, subjectivityIndex: stat}}, one row per metric of each stat. */
    private static void figures(List<ReportRow> rows, String section, JsonNode figures, String centerId, String group,
                                List<String> metrics) {
        Map<String, JsonNode> stats = new LinkedHashMap<>();
        figures.path("dimensions").properties().forEach(e -> stats.put(e.getKey(), e.getValue()));
        if (figures.has("subjectivityIndex")) {
            stats.put("subjectivityIndex", figures.get("subjectivityIndex"));
        }
        stats.forEach((dimension, stat) -> {
            for (String metric : metrics) {
                if (suppressed(stat)) {
                    rows.add(withheld(section, centerId, dimension, group, metric));
                } else {
                    Long n = stat.path("n").isNumber() ? stat.path("n").longValue() : 0L;
                    rows.add(new ReportRow(section, centerId, dimension, group, metric, ImpactRows.number(stat.path(metric)), n, false));
                }
            }
        });
    }

    private static boolean suppressed(JsonNode node) {
        return node != null && node.isObject() && node.path("suppressed").asBoolean(false);
    }

    private static ReportRow withheld(String section, String centerId, String dimension, String group, String metric) {
        return new ReportRow(section, centerId, dimension, group, metric, null, null, true);
    }

    /** Charts of the printable form: the network's latest scores and changes with their 95% CIs. */
    public static List<BarChartSpec> charts(List<ReportRow> rows) {
        List<BarChartSpec> charts = new ArrayList<>();
        for (String section : List.of("subjectivity", "change")) {
            Map<String, Double> means = new LinkedHashMap<>();
            Map<String, Double> halfWidths = new LinkedHashMap<>();
            Map<String, Double> highs = new LinkedHashMap<>();
            for (ReportRow r : rows) {
                if (r.section().equals(section) && r.group().equals("network") && !r.suppressed() && r.value() != null) {
                    if (r.metric().equals("mean")) {
                        means.put(r.dimension(), r.value().doubleValue());
                    } else if (r.metric().equals("ciHigh")) {
                        highs.put(r.dimension(), r.value().doubleValue());
                    }
                }
            }
            means.forEach((d, mean) -> halfWidths.put(d, highs.containsKey(d) ? highs.get(d) - mean : 0.0));
            String title = section.equals("subjectivity")
                    ? "Average participant: latest score in the year (0-100), 95% CI"
                    : "Average participant: change since the first assessment, 95% CI";
            charts.add(new BarChartSpec(title, "dimension", "score", Map.of("mean", means), Map.of("mean", halfWidths)));
        }
        return charts;
    }

    private ProfileRows() {
    }
}
