package org.neighborhoodcapital.reporting.impact.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The network benchmark of a center KPI: median, Q1 and Q3 across the listed centers (type 7
 * quantiles), centers without a value (null) skipped.
 */
public record Benchmark(double median, double q1, double q3) {

    /** The KPIs benchmarked, in report order. */
    public static final List<String> KPIS = List.of("eventsHeld", "attendances", "uniqueParticipants",
            "returningParticipants", "newParticipants", "selfSufficiency", "modelAlignment");

    /** Null when no center has a value. */
    public static Benchmark of(List<Double> values) {
        double[] present = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray();
        if (present.length == 0) {
            return null;
        }
        Arrays.sort(present);
        return new Benchmark(quantile(present, 0.5), quantile(present, 0.25), quantile(present, 0.75));
    }

    /** Type 7 on sorted values: h = (n − 1)p, linear between the neighboring order statistics. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        return low + 1 >= sorted.length ? sorted[sorted.length - 1] : sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    /** Every KPI's benchmark over the report's centers (a KPI no center has is null). */
    public static Map<String, Benchmark> of(ImpactReport report, ModelAlignment model) {
        Map<String, Function<CenterImpact, Double>> kpis = new LinkedHashMap<>();
        kpis.put("eventsHeld", c -> (double) c.figures().eventsHeld());
        kpis.put("attendances", c -> (double) c.figures().attendances());
        kpis.put("uniqueParticipants", c -> (double) c.figures().uniqueParticipants());
        kpis.put("returningParticipants", c -> (double) c.figures().returningParticipants());
        kpis.put("newParticipants", c -> (double) c.membership().newParticipants());
        kpis.put("selfSufficiency", c -> c.membership().selfSufficiency());
        kpis.put("modelAlignment", c -> model.alignmentOf(c.centerId()));
        Map<String, Benchmark> benchmark = new LinkedHashMap<>();
        kpis.forEach((kpi, value) -> {
            List<Double> values = new ArrayList<>();
            report.centers().forEach(c -> values.add(value.apply(c)));
            benchmark.put(kpi, of(values));
        });
        return benchmark;
    }
}
