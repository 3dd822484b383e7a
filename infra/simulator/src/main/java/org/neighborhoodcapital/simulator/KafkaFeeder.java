package org.neighborhoodcapital.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;

/**
 * Publishes envelopes to their topics ({@link Envelope#topic()}, key {@link Envelope#key()}, value
 * {@link EnvelopeCodec#encode}) with an idempotent producer tuned for throughput (acks=all, lz4,
 * 512 KB batches, 10 ms linger), printing "sim: published N/M records (x rec/s)" on stderr about
 * every two seconds. Envelope ids are deterministic, so publishing a network twice is harmless to
 * idempotent consumers.
 */
public final class KafkaFeeder implements AutoCloseable {

    /** What a publication did. */
    public record Published(long records, Duration took) {
        public double perSecond() {
            return records / Math.max(1e-9, took.toNanos() / 1e9);
        }
    }

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final Producer<String, byte[]> producer;
    private final PrintStream progress;
    private final Duration progressInterval;

    /** A producer for {@code bootstrapServers} with the throughput settings; {@code overrides} win. */
    public KafkaFeeder(String bootstrapServers, Map<String, Object> overrides) {
        this(new KafkaProducer<>(properties(bootstrapServers, overrides), new StringSerializer(), new ByteArraySerializer()),
                System.err, Duration.ofSeconds(2));
    }

    public KafkaFeeder(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    /** For tests and callers with a producer of their own (it is closed with the feeder). */
    public KafkaFeeder(Producer<String, byte[]> producer, PrintStream progress, Duration progressInterval) {
        this.producer = producer;
        this.progress = progress;
        this.progressInterval = progressInterval;
    }

    public static Properties properties(String bootstrapServers, Map<String, Object> overrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "nc-simulator");
        p.putAll(overrides);
        return p;
    }

    /**
     * Every record of the network, topic by topic ({@link SimulatedNetwork#allInTopicOrder()}, same
     * order): registrations and check-ins are generated and encoded by {@code workers} threads, a
     * few dozen events at a time and a bounded number of batches ahead, while this thread sends them.
     */
    public Published publish(SimulatedNetwork network, int workers) {
        Progress progress = new Progress(network.recordCount());
        try (progress) {
            sendAll(network.beforeRegistrations().iterator(), progress);
            sendPerEvent(network.eventCount(), network::registrationsOf, workers, progress);
            sendPerEvent(network.eventCount(), network::checkInsOf, workers, progress);
            sendAll(network.afterCheckIns().iterator(), progress);
            producer.flush();
        }
        return progress.finish();
    }

    /** {@link #publish(SimulatedNetwork, int)} with one worker less than there are processors (at least one). */
    public Published publish(SimulatedNetwork network) {
        return publish(network, Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    private static final int EVENTS_PER_TASK = 64;

    private void sendPerEvent(int events, java.util.function.IntFunction<? extends java.util.List<? extends Envelope<? extends DomainEvent>>> ofEvent,
                              int workers, Progress progress) {
        if (workers <= 1) {
            sendAll(java.util.stream.IntStream.range(0, events).boxed().flatMap(e -> ofEvent.apply(e).stream()).iterator(), progress);
            return;
        }
        java.util.concurrent.ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "sim-generate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<java.util.List<ProducerRecord<String, byte[]>>>> ahead = new java.util.ArrayDeque<>();
            int next = 0;
            int window = 4 * workers;
            while (next < events || !ahead.isEmpty()) {
                while (next < events && ahead.size() < window) {
                    int from = next;
                    int to = Math.min(events, from + EVENTS_PER_TASK);
                    ahead.add(pool.submit(() -> {
                        java.util.List<ProducerRecord<String, byte[]>> records = new java.util.ArrayList<>();
                        for (int e = from; e < to; e++) {
                            for (Envelope<? extends DomainEvent> envelope : ofEvent.apply(e)) {
                                records.add(record(envelope));
                            }
                        }
                        return records;
                    }));
                    next = to;
                }
                java.util.List<ProducerRecord<String, byte[]>> records;
                try {
                    records = ahead.removeFirst().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while publishing", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("generating records failed: " + e.getCause(), e.getCause());
                }
                for (ProducerRecord<String, byte[]> record : records) {
                    send(record, progress);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ProducerRecord<String, byte[]> record(Envelope<? extends DomainEvent> envelope) {
        return new ProducerRecord<>(envelope.topic(), envelope.key(), codec.encode(envelope));
    }

    private void sendAll(Iterator<? extends Envelope<? extends DomainEvent>> envelopes, Progress progress) {
        while (envelopes.hasNext()) {
            send(record(envelopes.next()), progress);
        }
    }

    private void send(ProducerRecord<String, byte[]> record, Progress progress) {
        progress.throwIfFailed();
        producer.send(record, (metadata, exception) -> {
            if (exception != null) {
                progress.failure.compareAndSet(null, exception);
            } else {
                progress.acknowledged.incrementAndGet();
            }
        });
    }

    /** Counts acknowledgements and prints a progress line every {@link #progressInterval}. */
    private final class Progress implements AutoCloseable {
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicReference<Exception> failure = new AtomicReference<>();
        final long expected;
        final long started = System.nanoTime();
        final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sim-progress");
            thread.setDaemon(true);
            return thread;
        });

        Progress(long expected) {
            this.expected = expected;
            ticker.scheduleAtFixedRate(() -> report(acknowledged.get(), expected, started), progressInterval.toMillis(),
                    progressInterval.toMillis(), TimeUnit.MILLISECONDS);
        }

        void throwIfFailed() {
            if (failure.get() != null) {
                throw new IllegalStateException("publishing failed after " + acknowledged.get() + " records: " + failure.get(),
                        failure.get());
            }
        }

        Published finish() {
            throwIfFailed();
            Published published = new Published(acknowledged.get(), Duration.ofNanos(System.nanoTime() - started));
            report(published.records(), expected, started);
            return published;
        }

        @Override
        public void close() {
            ticker.shutdownNow();
        }
    }

    /**
     * Sends every envelope of the stream, waits until all are acknowledged, and fails on the first
     * send that failed.
     *
     * @param expected how many there are, for the progress line (0 when unknown)
     */
    public Published publish(Stream<? extends Envelope<? extends DomainEvent>> envelopes, long expected) {
        Progress progress = new Progress(expected);
        try (progress) {
            sendAll(envelopes.iterator(), progress);
            producer.flush();
        }
        return progress.finish();
    }

    private void report(long done, long expected, long started) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        progress.println(String.format(Locale.ROOT, "sim: published %d/%s records (%.0f rec/s)", done,
                expected > 0 ? Long.toString(expected) : "?", done / seconds));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
