package org.neighborhoodcapital.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.EnvelopeCodec;

import tools.jackson.databind.JsonNode;

class ResultsTest {

    private static Results aRun() {
        Results results = new Results();
        results.add(Figure.info("a", "producer", 281_234.5, "rec/s", "ProducerPerformance"));
        results.add(Figure.measured("b", "ingest to projections", 42_000, "rec/s", Target.atLeast(100_000, "rec/s"), "slow store"));
        results.add(Figure.measured("d", "freshness p99 (report)", 180.4, "ms", Target.atMost(250, "ms"), ""));
        results.add(Figure.failed("f", "rebuild replay", "rec/s", Target.atLeast(100_000, "rec/s"), "reporting did not restart"));
        results.machine("cores", "2");
        results.note("a note");
        return results;
    }

    @Test
    void aFigureMeetsItsTargetFromTheRightSide() {
        assertThat(Figure.measured("b", "x", 100_000, "rec/s", Target.atLeast(100_000, "rec/s"), "").result()).isEqualTo(Figure.Result.MET);
        assertThat(Figure.measured("b", "x", 99_999, "rec/s", Target.atLeast(100_000, "rec/s"), "").result()).isEqualTo(Figure.Result.MISSED);
        assertThat(Figure.measured("d", "x", 250, "ms", Target.atMost(250, "ms"), "").result()).isEqualTo(Figure.Result.MET);
        assertThat(Figure.measured("d", "x", 250.1, "ms", Target.atMost(250, "ms"), "").result()).isEqualTo(Figure.Result.MISSED);
        assertThat(Figure.info("a", "x", 1, "rec/s", "").result()).isEqualTo(Figure.Result.INFO);
        assertThat(Figure.failed("f", "x", "rec/s", Target.atLeast(1, "rec/s"), "why").result()).isEqualTo(Figure.Result.FAILED);
    }

    @Test
    void theTableShowsEveryFigureWithItsTargetAndResult() {
        String table = aRun().table("bench");

        assertThat(table).contains("producer").contains("281,235").contains("rec/s");
        assertThat(table).containsPattern("ingest to projections .*42,000 \\| rec/s *\\| >= 100,000 rec/s \\| MISSED *\\| slow store");
        assertThat(table).containsPattern("freshness p99 \\(report\\) .*180 \\| ms *\\| <= 250 ms *\\| MET");
        assertThat(table).containsPattern("rebuild replay .*- \\| rec/s *\\| >= 100,000 rec/s \\| FAILED *\\| reporting did not restart");
        assertThat(table).contains("targets: 1 met, 1 missed, 1 failed to measure");
        assertThat(table).contains("machine: cores=2").contains("note: a note");
    }

    @Test
    void theJsonCarriesTheSameFiguresAsNumbersWithNullForMissingOnes() {
        String json = aRun().json(EnvelopeCodec.mapper(), "QUICK", Instant.parse("2026-11-26T20:00:00Z"), Instant.parse("2026-11-26T20:02:30Z"));

        JsonNode root = EnvelopeCodec.mapper().readTree(json);
        assertThat(root.path("mode").asString()).isEqualTo("QUICK");
        assertThat(root.path("machine").path("cores").asString()).isEqualTo("2");
        assertThat(root.path("figures")).hasSize(4);
        JsonNode ingest = root.path("figures").get(1);
        assertThat(ingest.path("value").asDouble()).isEqualTo(42_000.0);
        assertThat(ingest.path("target").path("bound").asString()).isEqualTo("AT_LEAST");
        assertThat(ingest.path("target").path("threshold").asDouble()).isEqualTo(100_000.0);
        assertThat(ingest.path("result").asString()).isEqualTo("MISSED");
        JsonNode rebuild = root.path("figures").get(3);
        assertThat(rebuild.path("value").isNull()).isTrue();
        assertThat(rebuild.path("result").asString()).isEqualTo("FAILED");
        assertThat(root.path("figures").get(0).path("target").isNull()).isTrue();
        assertThat(root.path("notes").get(0).asString()).isEqualTo("a note");
    }

    @Test
    void numbersAreShownWithThousandsAndFewDecimals() {
        assertThat(Figure.format(1_234_567.8)).isEqualTo("1,234,568");
        assertThat(Figure.format(42.25)).isEqualTo("42.3");
        assertThat(Figure.format(3.14159)).isEqualTo("3.14");
    }
}
