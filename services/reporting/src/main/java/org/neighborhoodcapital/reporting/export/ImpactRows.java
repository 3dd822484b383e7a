package org.neighborhoodcapital.reporting.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The figures of an impact report's JSON ({@code GET /api/reports/impact/{year}}, live or a closed revision) in
 * tidy long format. Network rows have an empty {@code centerId} and group {@code network}; center rows group
 * {@code center}.
 */
public final class ImpactRows {

    static final List<String> ACTIVITY = List.of("eventsHeld", "residentLedEvents", "attendances",
            "uniqueParticipants", "returningParticipants", "newParticipants");

    public static List<ReportRow> of(JsonNode report) {
        List<ReportRow> rows = new ArrayList<>();
        JsonNode network = report.path("network");
        scope(rows, network, "", "network");
        JsonNode centers = report.path("centers");
        for (JsonNode center : centers) {
            scope(rows, center, center.path("centerId").asString(), "center");
        }
        // Network-only sections.
        for (Map.Entry<String, JsonNode> stage : network.path("fourStepStages").properties()) {
            rows.add(row("fourStepStages", "", stage.getKey(), "network", "centersAtStage", stage.getValue()));
        }
        JsonNode positions = network.path("meanModelPositions");
        if (positions.isArray()) {
            for (int i = 0; i < positions.size(); i++) {
                rows.add(row("model", "", "scale " + (i + 1), "network", "meanModelPosition", positions.get(i)));
            }
        }
        for (Map.Entry<String, JsonNode> kpi : network.path("benchmark").properties()) {
            for (String stat : List.of("median", "q1", "q3")) {
                rows.add(row("benchmark", "", kpi.getKey(), "network", stat, kpi.getValue().path(stat)));
            }
        }
        return rows;
    }

    private static void scope(List<ReportRow> rows, JsonNode scope, String centerId, String group) {
        boolean network = "network".equals(group);
        for (String metric : ACTIVITY) {
            rows.add(row("activity", centerId, "", group, metric, scope.path(metric)));
        }
        if (network) {
            rows.add(row("activity", centerId, "", group, "centers", scope.path("centers")));
        }
        for (Map.Entry<String, JsonNode> type : scope.path("initiativesLaunched").properties()) {
            rows.add(row("initiatives", centerId, type.getKey(), group, "initiativesLaunched", type.getValue()));
        }
        JsonNode funnel = scope.path("funnel");
        for (Map.Entry<String, JsonNode> stage : funnel.path("distribution").properties()) {
            rows.add(row("funnel", centerId, stage.getKey(), group, "participantsAtYearEnd", stage.getValue()));
        }
        for (JsonNode step : funnel.path("transitions")) {
            rows.add(row("funnelTransitions", centerId, step.path("from").asString() + "->" + step.path("to").asString(),
                    group, "transitions", step.path("count")));
        }
        JsonNode passes = scope.path("passes");
        for (String metric : List.of("activeAtYearEnd", "sold", "renewed")) {
            rows.add(row("passes", centerId, "", group, metric, passes.path(metric)));
        }
        JsonNode revenue = passes.path("revenueMinor");
        if (revenue.isObject()) {
            for (Map.Entry<String, JsonNode> currency : revenue.properties()) {
                rows.add(row("passes", centerId, currency.getKey(), group, "revenueMinor", currency.getValue()));
            }
        } else {
            JsonNode currency = passes.path("currency");
            rows.add(row("passes", centerId, currency.isString() ? currency.asString() : "", group, "revenueMinor", revenue));
        }
        rows.add(row("passes", centerId, "", group, "selfSufficiency", scope.path("selfSufficiency")));
        if (!network) {
            rows.add(row("fourStepStages", centerId, "", group, "fourStepStage", scope.path("fourStepStage")));
            rows.add(row("model", centerId, "", group, "modelAlignment", scope.path("modelAlignment")));
        }
    }

    static ReportRow row(String section, String centerId, String dimension, String group, String metric, JsonNode value) {
        return new ReportRow(section, centerId, dimension, group, metric, number(value), null, false);
    }

    /** A JSON number as a Long (integral) or Double; null for null, missing or anything else. */
    static Number number(JsonNode value) {
        if (value == null || !value.isNumber()) {
            return null;
        }
        return value.isIntegralNumber() ? (Number) value.longValue() : (Number) value.doubleValue();
    }

    /** Charts of the printable form: activity by center, the network's funnel. */
    public static List<BarChartSpec> charts(List<ReportRow> rows) {
        Map<String, Map<String, Double>> activity = new java.util.LinkedHashMap<>();
        for (String metric : List.of("attendances", "uniqueParticipants", "eventsHeld")) {
            Map<String, Double> byCenter = new java.util.LinkedHashMap<>();
            rows.stream().filter(r -> r.section().equals("activity") && r.group().equals("center")
                            && r.metric().equals(metric) && r.value() != null)
                    .forEach(r -> byCenter.put(r.centerId(), r.value().doubleValue()));
            activity.put(metric, byCenter);
        }
        Map<String, Double> funnel = new java.util.LinkedHashMap<>();
        rows.stream().filter(r -> r.section().equals("funnel") && r.group().equals("network") && r.value() != null)
                .forEach(r -> funnel.put(r.dimension(), r.value().doubleValue()));
        return List.of(
                new BarChartSpec("Activity by center", "center", "count", activity, null),
                new BarChartSpec("Network funnel at the end of the year", "stage", "participants",
                        Map.of("participants", funnel), null));
    }

    private ImpactRows() {
    }
}
