package org.neighborhoodcapital.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerfToolOutputTest {

    @Test
    void theProducerSummaryIsTheLastRecordsSentLine() {
        String out = """
                1361249 records sent, 272249.8 records/sec (51.93 MB/sec), 95.3 ms avg latency, 310.0 ms max latency.
                5000000 records sent, 281234.6 records/sec (53.64 MB/sec), 88.12 ms avg latency, 402.00 ms max latency, 80 ms 50th, 190 ms 95th, 260 ms 99th, 390 ms 99.9th.
                """;

        PerfToolOutput.Rate rate = PerfToolOutput.producer(out).orElseThrow();

        assertThat(rate.records()).isEqualTo(5_000_000);
        assertThat(rate.recordsPerSecond()).isEqualTo(281234.6);
        assertThat(rate.megabytesPerSecond()).isEqualTo(53.64);
    }

    @Test
    void theConsumerCsvIsReadByColumnName() {
        String out = """
                [2026-11-26 20:01:02,123] WARN something harmless
                start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
                2026-11-26 20:01:03:000, 2026-11-26 20:01:05:000, 95.3674, 47.6837, 500000, 250000.0000, 312, 1688, 56.4973, 296208.5308
                """;

        PerfToolOutput.Rate rate = PerfToolOutput.consumer(out).orElseThrow();

        assertThat(rate.records()).isEqualTo(500_000);
        assertThat(rate.recordsPerSecond()).isEqualTo(250_000.0);
        assertThat(rate.megabytesPerSecond()).isEqualTo(47.6837);
    }

    @Test
    void outputWithoutASummaryGivesNothing() {
        assertThat(PerfToolOutput.producer("Exception in thread main")).isEmpty();
        assertThat(PerfToolOutput.consumer("start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec\n")).isEmpty();
    }
}
