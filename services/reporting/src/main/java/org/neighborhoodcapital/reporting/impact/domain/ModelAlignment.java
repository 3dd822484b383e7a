package org.neighborhoodcapital.reporting.impact.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model check-ups of a year: each center's latest check-up dated in the year (local date in its
 * zone; by {@code assessedAt}, then assessment id), its alignment with the reference, and the network's
 * mean position on each scale over those latest check-ups (null when no center has one).
 */
public record ModelAlignment(Map<String, Double> alignmentByCenter, List<Double> networkMeanPositions) {

    public static final ModelAlignment NONE = new ModelAlignment(Map.of(), null);

    private static final Comparator<CheckupFacts> CHRONOLOGICAL =
            Comparator.comparing(CheckupFacts::assessedAt).thenComparing(c -> c.assessmentId().toString());

    public ModelAlignment {
        alignmentByCenter = Map.copyOf(alignmentByCenter);
        networkMeanPositions = networkMeanPositions == null ? null : List.copyOf(networkMeanPositions);
    }

    public static ModelAlignment of(int year, CenterZones zones, Collection<CheckupFacts> checkups, ModelReference reference) {
        Map<String, CheckupFacts> latest = new TreeMap<>();
        for (CheckupFacts checkup : checkups) {
            if (LocalDate.ofInstant(checkup.assessedAt(), zones.zoneOf(checkup.centerId())).getYear() != year) {
                continue;
            }
            latest.merge(checkup.centerId(), checkup, (a, b) -> CHRONOLOGICAL.compare(a, b) >= 0 ? a : b);
        }
        if (latest.isEmpty()) {
            return NONE;
        }
        Map<String, Double> alignment = new TreeMap<>();
        List<Double> sums = new ArrayList<>(ModelReference.zeros());
        latest.forEach((center, checkup) -> {
            alignment.put(center, reference.alignment(checkup.positions()));
            for (int i = 0; i < ModelReference.SCALES; i++) {
                sums.set(i, sums.get(i) + checkup.positions().get(i));
            }
        });
        sums.replaceAll(sum -> sum / latest.size());
        return new ModelAlignment(alignment, sums);
    }

    /** The center's alignment, null without a check-up in the year. */
    public Double alignmentOf(String centerId) {
        return alignmentByCenter.get(centerId);
    }
}
