package org.neighborhoodcapital.reporting.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bar chart to print: per series, a value per category, optionally with an error bar of half-width
 * {@code errors.get(series).get(category)} (a 95% CI around a mean).
 */
public record BarChartSpec(String title, String categoryAxis, String valueAxis,
                           Map<String, Map<String, Double>> series, Map<String, Map<String, Double>> errors) {

    public BarChartSpec {
        series = new LinkedHashMap<>(series);
        errors = errors == null ? Map.of() : new LinkedHashMap<>(errors);
    }

    public boolean isEmpty() {
        return series.values().stream().allMatch(Map::isEmpty);
    }
}
