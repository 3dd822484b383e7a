package org.neighborhoodcapital.browser;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * What the impact report and the participant profile JSON say for a dashboard metric name
 * ({@code data-metric}): {@code network.*}, {@code center.<id>.*}, {@code benchmark.<kpi>.<statistic>},
 * {@code profile.*}; {@code *.initiativesLaunched.total} is the sum over the types. Empty for names that
 * are not figures of those documents (e.g. the live counters).
 */
final class ReportMetrics {

    private final JsonNode report;
    private final JsonNode profile;

    ReportMetrics(JsonNode report, JsonNode profile) {
        this.report = report;
        this.profile = profile;
    }

    /** The JSON value of a metric: a number, text, null, or {@code {"suppressed":true}}. */
    Optional<JsonNode> expected(String metric) {
        String[] parts = metric.split("\\.");
        return switch (parts[0]) {
            case "network" -> Optional.of(path(report.path("network"), parts, 1));
            case "benchmark" -> Optional.of(path(report.path("network").path("benchmark"), parts, 1));
            case "center" -> {
                JsonNode center = null;
                for (JsonNode c : report.path("centers")) {
                    if (c.path("centerId").asString().equals(parts[1])) {
                        center = c;
                    }
                }
                yield center == null ? Optional.empty() : Optional.of(path(center, parts, 2));
            }
            case "profile" -> Optional.of(path(profile, parts, 1));
            default -> Optional.empty();
        };
    }

    private static JsonNode path(JsonNode node, String[] parts, int from) {
        JsonNode current = node;
        for (int i = from; i < parts.length; i++) {
            String part = parts[i];
            if (current.isObject() && current.path("suppressed").asBoolean(false)) {
                return current; // a withheld cell: every figure in it is withheld
            }
            if (part.equals("total") && current.isObject() && i == parts.length - 1 && !current.has("total")) {
                long sum = 0;
                for (JsonNode value : current.values()) {
                    sum += value.asLong();
                }
                return tools.jackson.databind.node.JsonNodeFactory.instance.numberNode(sum);
            }
            if (current.isArray()) {
                if (part.chars().allMatch(Character::isDigit)) {
                    current = current.path(Integer.parseInt(part));
                } else {
                    // funnel transitions: …transitions.FROM.TO
                    String to = parts[i + 1];
                    JsonNode match = null;
                    for (JsonNode t : current) {
                        if (t.path("from").asString().equals(part) && t.path("to").asString().equals(to)) {
                            match = t.path("count");
                        }
                    }
                    return match == null ? tools.jackson.databind.node.MissingNode.getInstance() : match;
                }
            } else {
                current = current.path(part);
            }
        }
        return current;
    }

    /** Whether the page's {@code data-value} shows the JSON value (numbers compared as numbers). */
    static boolean shows(String dataValue, JsonNode expected) {
        if (expected == null || expected.isMissingNode() || expected.isNull()) {
            return "null".equals(dataValue);
        }
        if (expected.isObject() && expected.path("suppressed").asBoolean(false)) {
            return "suppressed".equals(dataValue);
        }
        if (expected.isNumber()) {
            try {
                double shown = Double.parseDouble(dataValue);
                return Math.abs(shown - expected.asDouble()) <= 1e-9 * Math.max(1, Math.abs(expected.asDouble()));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return expected.asString().equals(dataValue);
    }
}
