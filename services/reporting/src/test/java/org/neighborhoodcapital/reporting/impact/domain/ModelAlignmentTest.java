package org.neighborhoodcapital.reporting.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ModelAlignmentTest {

    private static final List<Integer> REFERENCE = List.of(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2);
    private static final CenterZones ZONES = new CenterZones(Map.of("tokyo", ZoneId.of("Asia/Tokyo")), ZoneId.of("UTC"));

    private static List<Integer> all(int position) {
        return new ArrayList<>(Collections.nCopies(10, position));
    }

    private static CheckupFacts checkup(String center, String at, List<Integer> positions) {
        return new CheckupFacts(UUID.randomUUID(), center, Instant.parse(at), positions);
    }

    @Test
    void theReferenceItselfIsFullyAlignedAndThreeEverywhereIsFiveStepsAwayOnNineScalesAndThreeOnScaleNine() {
        assertThat(ModelReference.DEFAULT.alignment(REFERENCE)).isEqualTo(1.0);
        // (9 × 5 + 3) / 10 = 4.8; 1 − 4.8 / 6 = 0.2
        assertThat(ModelReference.DEFAULT.distance(all(3))).isCloseTo(4.8, within(1e-12));
        assertThat(ModelReference.DEFAULT.alignment(all(3))).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void eachCenterIsJudgedByItsLatestCheckupDatedInTheYearInItsOwnZone() {
        ModelAlignment model = ModelAlignment.of(2026, ZONES, List.of(
                checkup("x", "2026-03-01T10:00:00Z", REFERENCE),
                checkup("x", "2026-11-01T10:00:00Z", all(3)),
                checkup("x", "2027-01-01T10:00:00Z", all(-3)),
                checkup("y", "2025-06-01T10:00:00Z", REFERENCE),
                checkup("z", "2026-06-01T10:00:00Z", all(-1)),
                checkup("tokyo", "2026-12-31T16:00:00Z", REFERENCE)), // Jan 1 2027 in Tokyo
                ModelReference.DEFAULT);
        assertThat(model.alignmentOf("x")).isCloseTo(0.2, within(1e-12));
        assertThat(model.alignmentOf("y")).isNull();
        assertThat(model.alignmentOf("tokyo")).isNull();
        // z: (9 × 1 + 1) / 10 = 1; 1 − 1/6
        assertThat(model.alignmentOf("z")).isCloseTo(5.0 / 6, within(1e-12));
        // mean of x (3) and z (−1) on every scale
        assertThat(model.networkMeanPositions()).containsExactlyElementsOf(Collections.nCopies(10, 1.0));
    }

    @Test
    void withoutCheckupsInTheYearThereIsNoNetworkMean() {
        assertThat(ModelAlignment.of(2030, ZONES, List.of(checkup("x", "2026-03-01T10:00:00Z", REFERENCE)), ModelReference.DEFAULT))
                .isEqualTo(ModelAlignment.NONE);
    }

    @Test
    void aReferenceMustHoldTenPositionsWithinTheScale() {
        assertThatThrownBy(() -> new ModelReference(List.of(0, 0))).hasMessageContaining("10 positions");
        assertThatThrownBy(() -> new ModelReference(all(4))).hasMessageContaining("-3..3");
    }

    @Test
    void theBenchmarkIsTheType7MedianAndQuartilesSkippingCentersWithoutAValue() {
        assertThat(Benchmark.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(new Benchmark(2.5, 1.75, 3.25));
        List<Double> withNull = new ArrayList<>(List.of(10.0, 20.0));
        withNull.add(null);
        assertThat(Benchmark.of(withNull)).isEqualTo(new Benchmark(15, 12.5, 17.5));
        List<Double> none = new ArrayList<>();
        none.add(null);
        assertThat(Benchmark.of(none)).isNull();
    }
}
