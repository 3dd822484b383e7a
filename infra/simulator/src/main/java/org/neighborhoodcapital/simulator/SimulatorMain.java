package org.neighborhoodcapital.simulator;

import java.time.Duration;
import java.util.Locale;

/**
 * {@code SimulatorMain --spec demo|small|large --seed 42 --kafka host:port [--check-ins N] [--workers N]}: generates
 * the network and publishes every record to its topic with {@link KafkaFeeder} ({@code --workers} threads
 * generate and encode registrations and check-ins; default: processors − 1). Without {@code --kafka}
 * it only generates and counts (a dry run that measures the generator). Exit status 0, or 1 on failure.
 */
public final class SimulatorMain {

    public static void main(String[] args) {
        String specName = "small";
        long seed = 42;
        String kafka = null;
        Long checkIns = null;
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--spec" -> { specName = require(arg, value); i++; }
                case "--seed" -> { seed = Long.parseLong(require(arg, value)); i++; }
                case "--kafka" -> { kafka = require(arg, value); i++; }
                case "--check-ins" -> { checkIns = Long.parseLong(require(arg, value)); i++; }
                case "--workers" -> { workers = Integer.parseInt(require(arg, value)); i++; }
                case "--help", "-h" -> {
                    System.out.println("usage: SimulatorMain --spec demo|small|large --seed 42 [--kafka host:port] [--check-ins N] [--workers N]");
                    return;
                }
                default -> fail("unknown argument " + arg);
            }
        }
        try {
            NetworkSpec spec = NetworkSpec.named(specName, seed);
            if (checkIns != null) {
                spec = spec.withTargetCheckIns(checkIns);
            }
            long started = System.nanoTime();
            SimulatedNetwork network = NetworkSimulator.generate(spec);
            System.err.printf(Locale.ROOT, "sim: generated %s network (seed %d, year %d): %d centers, %d participants, %d events, "
                            + "%d check-ins, %d records in %d ms%n", specName, seed, spec.year(), network.centers().size(),
                    network.participants().size(), network.events().size(), network.checkInCount(), network.recordCount(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            if (kafka == null) {
                long t0 = System.nanoTime();
                long counted = network.allInTopicOrder().count();
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.err.printf(Locale.ROOT, "sim: dry run (no --kafka): %d records generated in %.1f s (%.0f rec/s)%n", counted,
                        seconds, counted / seconds);
                return;
            }
            try (KafkaFeeder feeder = new KafkaFeeder(kafka)) {
                KafkaFeeder.Published published = feeder.publish(network, workers);
                System.err.printf(Locale.ROOT, "sim: done: %d records to %s in %.1f s (%.0f rec/s)%n", published.records(), kafka,
                        published.took().toMillis() / 1000.0, published.perSecond());
            }
        } catch (RuntimeException e) {
            System.err.println("sim: FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String require(String arg, String value) {
        if (value == null) {
            fail(arg + " needs a value");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("sim: " + message);
        System.exit(2);
    }

    private SimulatorMain() {
    }
}
