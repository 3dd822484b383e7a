package org.neighborhoodcapital.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code make bench}: measures the local stack (started by infra/bench/bin/bench) and prints one table.
 * Each step measures what it can and records a failure in the table instead of stopping the run.
 * Steps: (a) raw Kafka, (b) end-to-end ingest over Kafka, (c) HTTP ingest, (d) freshness, (e) report
 * latency, (f) rebuild of the projections, (g) heap and RSS of every service.
 */
public final class Bench {

    static final String REPORTING_GROUP = "reporting";
    static final String EVENTS_GROUP = "events";
    /** What reporting's projection listener consumes (services/reporting ProjectionListener). */
    static final List<String> REPORTING_TOPICS = List.of(Topics.EVENTS_CALENDAR, Topics.EVENTS_REGISTRATIONS, Topics.EVENTS_ATTENDANCE, Topics.EVENTS_INITIATIVES,
            Topics.MEMBERSHIPS_CENTERS, Topics.MEMBERSHIPS_PARTICIPANTS, Topics.MEMBERSHIPS_PASSES, Topics.MEMBERSHIPS_FUNNEL,
            Topics.ASSESSMENTS_SUBJECTIVITY, Topics.ASSESSMENTS_MODEL_CHECKUPS);
    /** Years of the harness's own synthetic data, far from any simulated year, so that each report figure is exact. */
    static final int HTTP_YEAR = 2001;
    static final int PROBE_YEAR = 2002;
    static final int LOAD_YEAR = 2003;
    static final double MB = 1024.0 * 1024.0;

    private final BenchOptions options;
    private final Results results = new Results();
    private final JsonMapper mapper = EnvelopeCodec.mapper();
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final Services services;
    private final Map<String, AtomicLong> peakHeap = new ConcurrentHashMap<>();
    private final Map<String, Long> peakRssBeforeRebuild = new HashMap<>();
    private final long began = System.nanoTime();

    private KafkaSide kafka;
    private double rawProducerRate = Double.NaN;
    private NetworkData network;
    private Map<Integer, Long> expectedNetworkAttendances = Map.of();

    Bench(BenchOptions options) {
        this.options = options;
        this.services = new Services(options.services(), options.token(), options.runDir(), mapper);
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        int status = new Bench(options).run();
        System.exit(status);
    }

    // ------------------------------------------------------------------ the run

    int run() throws Exception {
        Instant startedAt = Instant.now();
        String mode = options.quick() ? "QUICK" : "full";
        say("bench: %s run against Kafka %s and %s", mode, options.bootstrap(), options.services());
        if (!services.hasToken()) {
            results.note("no bearer token: API calls were made without Authorization (fine only for services that do not require one)");
        }
        machineFacts();
        Files.createDirectories(options.outDir());
        awaitServicesReady(Duration.ofSeconds(180));
        Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sampleHeaps);
        try (KafkaSide k = new KafkaSide(options.bootstrap())) {
            this.kafka = k;
            step("a", "raw Kafka", this::rawKafka,
                    row("producer", "rec/s", null), row("consumer", "rec/s", null));
            step("0", "load the simulated network", this::loadNetwork, row("network setup records", "rec", null));
            step("b", "end-to-end ingest over Kafka", this::endToEnd,
                    row("ingest to projections", "rec/s", Target.atLeast(100_000, "rec/s")),
                    row("ratio to raw producer", "%", Target.atLeast(35, "%")));
            step("c", "HTTP ingest", this::httpIngest, row("HTTP ingest to report", "check-ins/s", Target.atLeast(20_000, "check-ins/s")));
            step("d", "freshness", this::freshness,
                    row("freshness p50 (report)", "ms", null), row("freshness p99 (report)", "ms", Target.atMost(250, "ms")));
            step("e", "report latency", this::reportLatency,
                    row("impact report p95", "ms", Target.atMost(20, "ms")), row("profile p95", "ms", Target.atMost(20, "ms")));
            recordRssBeforeRebuild();
            step("f", "rebuild", this::rebuild, row("rebuild replay", "rec/s", Target.atLeast(100_000, "rec/s")));
        } catch (Exception e) {
            results.note("Kafka admin client failed: " + e);
        }
        sampler.interrupt();
        results.machine("load average at end", loadAverage());
        step("g", "heap and RSS", this::resources);
        String table = results.table(String.format("Neighborhood Capital bench (%s) — %s, %.0f s", mode,
                DateTimeFormatter.ISO_INSTANT.format(startedAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                seconds(System.nanoTime() - began)));
        System.out.println();
        System.out.println(table);
        Path json = options.outDir().resolve("results.json");
        Files.writeString(json, results.json(mapper, mode, startedAt, Instant.now()));
        Files.writeString(options.outDir().resolve("results.txt"), table);
        say("bench: wrote %s and results.txt", json);
        return 0;
    }

    /** The stack may report "not ready" on a slow start and go on starting: measure only once everything answers. */
    private void awaitServicesReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> pending = new ArrayList<>(services.urls().keySet());
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            pending.removeIf(services::ready);
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        if (!pending.isEmpty()) {
            say("bench: not ready after %d s: %s; measuring anyway", timeout.toSeconds(), pending);
            results.note("services not ready when the measurements began: " + pending);
        }
    }

    private record Row(String name, String unit, Target target) {
    }

    private static Row row(String name, String unit, Target target) {
        return new Row(name, unit, target);
    }

    @FunctionalInterface
    interface StepBody {
        void run(String step) throws Exception;
    }

    /** Runs one step; a failure marks its still-missing target figures FAILED with the reason, and the run goes on. */
    private void step(String step, String title, StepBody body, Row... rows) {
        long started = System.nanoTime();
        say("[%s] %s", step, title);
        try {
            body.run(step);
            say("[%s] done in %.1f s", step, seconds(System.nanoTime() - started));
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            say("[%s] FAILED after %.1f s: %s", step, seconds(System.nanoTime() - started), reason);
            boolean any = false;
            for (Row r : rows) {
                boolean present = results.figures().stream().anyMatch(f -> f.step().equals(step) && f.name().equals(r.name()));
                if (!present) {
                    results.add(Figure.failed(step, r.name(), r.unit(), r.target(), reason));
                    any = true;
                }
            }
            if (!any) {
                results.note("step " + step + " (" + title + ") failed late: " + reason);
            }
        }
    }

    // ------------------------------------------------------------------ (a) raw Kafka

    private void rawKafka(String step) throws Exception {
        long records = options.quick() ? 300_000 : 2_000_000;
        String topic = "bench.raw.v1";
        kafka.deleteTopic(topic);
        kafka.createTopic(topic, 3);
        say("[a] ProducerPerformance: %,d records of 200 bytes, acks=all, batch 64 KB, linger 5 ms, 3 partitions", records);
        String producerOut = runTool(List.of("org.apache.kafka.tools.ProducerPerformance", "--topic", topic,
                "--num-records", Long.toString(records), "--record-size", "200", "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + options.bootstrap(), "acks=all", "batch.size=65536", "linger.ms=5"),
                Duration.ofMinutes(5));
        PerfToolOutput.Rate producer = PerfToolOutput.producer(producerOut)
                .orElseThrow(() -> new IllegalStateException("no summary from ProducerPerformance: " + Services.abbreviate(producerOut)));
        rawProducerRate = producer.recordsPerSecond();
        results.add(Figure.info(step, "producer", producer.recordsPerSecond(), "rec/s",
                String.format("%,d x 200 B, %.1f MB/s, ProducerPerformance", producer.records(), producer.megabytesPerSecond())));
        say("[a] producer: %,.0f rec/s (%.1f MB/s)", producer.recordsPerSecond(), producer.megabytesPerSecond());
        String consumerOut = runTool(List.of("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", options.bootstrap(),
                "--topic", topic, "--messages", Long.toString(records), "--timeout", "60000",
                "--group", "bench-raw-" + System.currentTimeMillis()), Duration.ofMinutes(3));
        PerfToolOutput.Rate consumer = PerfToolOutput.consumer(consumerOut)
                .orElseThrow(() -> new IllegalStateException("no summary from ConsumerPerformance: " + Services.abbreviate(consumerOut)));
        results.add(Figure.info(step, "consumer", consumer.recordsPerSecond(), "rec/s",
                String.format("%,d records, %.1f MB/s, ConsumerPerformance (incl. group join)", consumer.records(), consumer.megabytesPerSecond())));
        say("[a] consumer: %,.0f rec/s (%.1f MB/s)", consumer.recordsPerSecond(), consumer.megabytesPerSecond());
        kafka.deleteTopic(topic);
    }

    private String runTool(List<String> command, Duration timeout) throws Exception {
        List<String> full = new ArrayList<>(List.of(options.java().toString(), "-Xmx512m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", options.toolClasspath()));
        full.addAll(command);
        Path log = Files.createTempFile(options.outDir(), "tool-", ".log");
        Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new TimeoutException(command.getFirst() + " did not finish in " + timeout.toSeconds() + " s");
        }
        String out = Files.readString(log);
        Files.deleteIfExists(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command.getFirst() + " exited with " + process.exitValue() + ": " + Services.abbreviate(
                    out.length() > 2000 ? out.substring(out.length() - 2000) : out));
        }
        return out;
    }

    // ------------------------------------------------------------------ setup: the simulated network

    private void loadNetwork(String step) throws Exception {
        String name = options.quick() ? "small" : "large";
        long started = System.nanoTime();
        network = new SimulatorNetwork(name, options.seed());
        say("[0] %s (generated in %.1f s)", network.describe(), seconds(System.nanoTime() - started));
        ExpectedAttendances expected = new ExpectedAttendances();
        long count;
        long publishStarted = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = kafka.producer("bench-setup")) {
            AtomicLong sent = new AtomicLong();
            AtomicReference<Exception> failure = new AtomicReference<>();
            network.setupRecords().forEach(envelope -> {
                expected.see(envelope.data());
                send(producer, envelope, failure);
                sent.incrementAndGet();
            });
            producer.flush();
            if (failure.get() != null) {
                throw failure.get();
            }
            count = sent.get();
        }
        say("[0] published %,d setup records in %.1f s; waiting for reporting to take them in", count,
                seconds(System.nanoTime() - publishStarted));
        this.pendingExpected = expected;
        long publishedAt = System.nanoTime();
        String note = network.describe();
        try {
            long caughtUp = awaitReporting(Duration.ofSeconds(options.quick() ? 60 : 90), "[0]");
            note += String.format("; reporting took them in %.1f s after the last was published", seconds(caughtUp - publishedAt));
        } catch (TimeoutException e) {
            note += "; reporting had not taken them all in before (b): " + e.getMessage();
            results.note("(0) " + e.getMessage() + " after the network setup: (b) starts with that backlog");
        }
        results.add(Figure.info(step, "network setup records", count, "rec", note));
    }

    private ExpectedAttendances pendingExpected;

    /** Waits until reporting has committed everything now in its topics. */
    private long awaitReporting(Duration timeout, String prefix) throws Exception {
        Map<TopicPartition, Long> ends = kafka.endOffsets(kafka.partitions(reportingTopics()));
        return kafka.awaitCaughtUp(REPORTING_GROUP, ends, timeout, 100,
                lag -> say("%s reporting is %,d records behind", prefix, lag));
    }

    /** The topics reporting's group is assigned (what it consumes now); the known list when it cannot be asked. */
    private List<String> reportingTopics() {
        try {
            java.util.Set<String> assigned = kafka.assignedTopics(REPORTING_GROUP);
            if (!assigned.isEmpty()) {
                return List.copyOf(assigned);
            }
        } catch (Exception e) {
            // fall back
        }
        return REPORTING_TOPICS;
    }

    private void send(KafkaProducer<String, byte[]> producer, Envelope<?> envelope, AtomicReference<Exception> failure) {
        producer.send(new ProducerRecord<>(envelope.topic(), envelope.key(), codec.encode(envelope)), (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
    }

    // ------------------------------------------------------------------ (b) end-to-end over Kafka

    private void endToEnd(String step) throws Exception {
        if (network == null || pendingExpected == null) {
            throw new IllegalStateException("the simulated network is not loaded (see step 0)");
        }
        List<TopicPartition> attendance = kafka.partitions(List.of(Topics.EVENTS_ATTENDANCE));
        Map<TopicPartition, Long> before = kafka.endOffsets(attendance);
        Profiler profiler = new Profiler(options, services, this::say);
        ExpectedAttendances expected = pendingExpected;
        long total = network.checkInCount();
        // Up to a million check-ins are generated and encoded before the clock starts, so that the
        // harness's own JSON encoding does not pace the ingest; a larger network is streamed.
        boolean preEncoded = total <= 1_000_000;
        List<ProducerRecord<String, byte[]>> encoded = new ArrayList<>();
        if (preEncoded) {
            long encodeStarted = System.nanoTime();
            network.checkIns().forEach(envelope -> {
                expected.see(envelope.data());
                encoded.add(new ProducerRecord<>(envelope.topic(), envelope.key(), codec.encode(envelope)));
            });
            say("[b] generated and encoded %,d check-ins in %.1f s before the clock starts", encoded.size(),
                    seconds(System.nanoTime() - encodeStarted));
        }
        double consumedBefore = consumedCounter();
        CpuMeter cpu = CpuMeter.start(services, List.of("kafka", "mongo", "reporting", "events", "memberships", "assessments"));
        if (options.profile()) {
            profiler.start("b", "reporting", "mongo");
        }
        long n;
        long t0 = System.nanoTime();
        long published;
        try (KafkaProducer<String, byte[]> producer = kafka.producer("bench-end-to-end")) {
            AtomicLong sent = new AtomicLong();
            AtomicReference<Exception> failure = new AtomicReference<>();
            long[] nextReport = {t0 + 2_000_000_000L};
            org.apache.kafka.clients.producer.Callback callback = (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            };
            java.util.function.Consumer<Long> progress = s -> {
                if ((s & 0xFFF) == 0 && System.nanoTime() > nextReport[0]) {
                    say("[b] published %,d of %,d", s, total);
                    nextReport[0] = System.nanoTime() + 2_000_000_000L;
                }
            };
            if (preEncoded) {
                for (ProducerRecord<String, byte[]> record : encoded) {
                    producer.send(record, callback);
                    progress.accept(sent.incrementAndGet());
                }
                encoded.clear();
            } else {
                network.checkIns().forEach(envelope -> {
                    expected.see(envelope.data());
                    send(producer, envelope, failure);
                    progress.accept(sent.incrementAndGet());
                });
            }
            producer.flush();
            published = System.nanoTime();
            if (failure.get() != null) {
                throw failure.get();
            }
            n = sent.get();
        }
        double publishRate = n / seconds(published - t0);
        say("[b] published %,d check-ins in %.1f s (%,.0f rec/s); waiting until reporting has committed them", n,
                seconds(published - t0), publishRate);
        Map<TopicPartition, Long> targets = kafka.endOffsets(attendance);
        long inTopic = kafka.total(targets) - kafka.total(before);
        Duration cap = Duration.ofSeconds(options.quick() ? 90 : 200);
        long done;
        String timeoutNote = "";
        try {
            done = kafka.awaitCaughtUp(REPORTING_GROUP, targets, cap.minusNanos(System.nanoTime() - t0), 20,
                    lag -> say("[b] reporting is %,d check-ins behind", lag));
        } catch (TimeoutException e) {
            done = System.nanoTime();
            long lag = kafka.lag(REPORTING_GROUP, targets);
            n = inTopic - lag;
            timeoutNote = String.format("; NOT caught up within %d s: rate over the %,d consumed so far", cap.toSeconds(), n);
        }
        Map<String, Double> cores = cpu.coresSince();
        double consumedDelta = consumedCounter() - consumedBefore;
        if (options.profile()) {
            profiler.stop(results);
        }
        double rate = n / seconds(done - t0);
        String cpuNote = cpuNote(cores);
        results.add(Figure.measured(step, "ingest to projections", rate, "rec/s", Target.atLeast(100_000, "rec/s"),
                String.format("%,d check-ins, first send to reporting's commit of the last (consumer-group offsets), %.1f s; "
                        + "publisher alone %,.0f rec/s (%s)%s", n, seconds(done - t0), publishRate,
                        preEncoded ? "encoded beforehand" : "generated and encoded while sending", timeoutNote)));
        if (!Double.isNaN(rawProducerRate)) {
            results.add(Figure.measured(step, "ratio to raw producer", 100 * rate / rawProducerRate, "%", Target.atLeast(35, "%"),
                    String.format("vs (a) %,.0f rec/s", rawProducerRate)));
        } else {
            results.add(Figure.failed(step, "ratio to raw producer", "%", Target.atLeast(35, "%"), "no raw producer rate from (a)"));
        }
        results.add(Figure.info(step, "CPU during ingest", cores.values().stream().mapToDouble(Double::doubleValue).sum(), "cores", cpuNote));
        Double reportingCores = cores.get("reporting");
        Double mongoCores = cores.get("mongo");
        if (reportingCores != null && mongoCores != null && reportingCores + mongoCores > 0) {
            results.add(Figure.info(step, "per core (reporting+store)", rate / (reportingCores + mongoCores), "rec/s/core",
                    "ingest rate / cores used by reporting and the store during (b)"));
        }
        if (!Double.isNaN(consumedDelta)) {
            results.add(Figure.info(step, "reporting consumed counter", consumedDelta, "rec",
                    "cross-check: increase of nc_records_consumed_total{topic=events.attendance.v1} on /actuator/prometheus"));
        }
        lagOfOthers("[b]", targets);
        // correctness: the report's attendances against an independent count of what was published
        expectedNetworkAttendances = expected.byYear();
        long behind = kafka.lag(REPORTING_GROUP, targets);
        if (behind == 0) {
            checkReportAttendances(step, expectedNetworkAttendances, "simulated network");
        } else {
            results.note(String.format("(b) report attendances not compared: reporting still %,d check-ins behind", behind));
        }
    }

    /** reporting's count of consumed check-ins (Micrometer, Prometheus format); NaN when it cannot be read. */
    private double consumedCounter() {
        try {
            return PrometheusText.sum(services.getText("reporting", "/actuator/prometheus"), "nc_records_consumed_total",
                    Map.of("topic", Topics.EVENTS_ATTENDANCE));
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private String cpuNote(Map<String, Double> cores) {
        StringBuilder note = new StringBuilder();
        cores.forEach((name, c) -> note.append(note.isEmpty() ? "" : ", ").append(name).append(' ').append(String.format("%.2f", c)));
        return note.toString();
    }

    /** Notes how far behind the other services' groups are on the attendance topic (they share the 2 cores). */
    private void lagOfOthers(String prefix, Map<TopicPartition, Long> targets) {
        for (String group : List.of("memberships", EVENTS_GROUP, "assessments")) {
            try {
                if (!kafka.assignedTopics(group).contains(Topics.EVENTS_ATTENDANCE)) {
                    continue; // that group does not consume check-ins
                }
                long lag = kafka.lag(group, targets);
                if (lag > 0) {
                    say("%s %s is still %,d check-ins behind on %s", prefix, group, lag, Topics.EVENTS_ATTENDANCE);
                    results.note(prefix + " at the end of the step, " + group + " was still " + String.format("%,d", lag)
                            + " check-ins behind (it competes for the same cores)");
                }
            } catch (Exception e) {
                // that group does not consume the topic
            }
        }
    }

    private void checkReportAttendances(String step, Map<Integer, Long> expected, String what) throws Exception {
        long reportStarted = System.nanoTime();
        List<String> mismatches = new ArrayList<>();
        long expectedTotal = 0;
        long reportedTotal = 0;
        for (Map.Entry<Integer, Long> e : expected.entrySet()) {
            long reported = services.attendances(e.getKey());
            expectedTotal += e.getValue();
            reportedTotal += reported;
            if (reported != e.getValue()) {
                mismatches.add(e.getKey() + ": report " + reported + " vs expected " + e.getValue());
            }
        }
        double ms = (System.nanoTime() - reportStarted) / 1e6;
        results.add(Figure.info(step, "report attendances (" + what + ")", reportedTotal, "",
                mismatches.isEmpty() ? String.format("matches the independent count %,d (years %s; reports read in %.0f ms)",
                        expectedTotal, expected.keySet(), ms)
                        : "MISMATCH " + String.join("; ", mismatches)));
        if (!mismatches.isEmpty()) {
            results.note("(" + step + ") report attendances differ from the count of what was published: " + String.join("; ", mismatches));
        }
        say("[%s] report attendances %,d, expected %,d%s", step, reportedTotal, expectedTotal, mismatches.isEmpty() ? " (match)" : " MISMATCH");
    }

    // ------------------------------------------------------------------ (c) HTTP ingest

    private void httpIngest(String step) throws Exception {
        String center = "bench-http";
        int participants = 5_000;
        // neighborhood-sized events: each NDJSON batch holds 5,000 check-ins at 50 events of 100 people
        int perEvent = 100;
        int eventsPerBatch = 50;
        int perBatch = perEvent * eventsPerBatch;
        int events = options.quick() ? 250 : 2_000;
        int clients = 4;
        long total = (long) events * perEvent;
        Instant startsAt = Instant.parse(HTTP_YEAR + "-06-01T10:00:00Z");
        List<java.util.UUID> people = new ArrayList<>(participants);
        try (KafkaProducer<String, byte[]> producer = kafka.producer("bench-http-setup")) {
            AtomicReference<Exception> failure = new AtomicReference<>();
            send(producer, Envelope.of(Sources.MEMBERSHIPS, startsAt.minus(Duration.ofDays(200)), center,
                    new CenterRegistered(center, "Bench HTTP", "Bench", "UTC", new Money(1_000_000, "EUR"))), failure);
            for (int i = 0; i < participants; i++) {
                java.util.UUID id = Envelope.deterministicId("bench", "http-participant", Integer.toString(i));
                people.add(id);
                send(producer, Envelope.withId(Envelope.deterministicId("bench", "joined", id.toString()), Sources.MEMBERSHIPS,
                        startsAt.minus(Duration.ofDays(100)), id.toString(),
                        new ParticipantJoined(id, center, startsAt.minus(Duration.ofDays(100)), true)), failure);
            }
            producer.flush();
            if (failure.get() != null) {
                throw failure.get();
            }
        }
        Map<TopicPartition, Long> participantEnds = kafka.endOffsets(kafka.partitions(List.of(Topics.MEMBERSHIPS_PARTICIPANTS)));
        kafka.awaitCaughtUp(EVENTS_GROUP, participantEnds, Duration.ofSeconds(60), 100,
                lag -> say("[c] events is %,d participants behind", lag));
        say("[c] %,d participants known to events; scheduling %,d events over HTTP from %d clients", participants, events, clients);
        long schedulingStarted = System.nanoTime();
        String[] eventIds = new String[events];
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> scheduled = new ArrayList<>();
            for (int e = 0; e < events; e++) {
                int index = e;
                scheduled.add(pool.submit(() -> {
                    Instant start = startsAt.plus(Duration.ofHours(index));
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("title", "Bench HTTP " + index);
                    body.put("format", "MEETING");
                    body.put("startsAt", start.toString());
                    body.put("endsAt", start.plus(Duration.ofMinutes(50)).toString());
                    body.put("capacity", perEvent);
                    body.put("organizer", Map.of("kind", "STAFF"));
                    body.put("priceMinor", 0);
                    body.put("currency", "EUR");
                    eventIds[index] = services.postJson("events", "/api/centers/" + center + "/events", body).path("eventId").asString();
                    return null;
                }));
            }
            for (Future<?> f : scheduled) {
                f.get();
            }
        }
        say("[c] scheduled %,d events in %.1f s", events, seconds(System.nanoTime() - schedulingStarted));
        List<byte[]> batches = new ArrayList<>();
        for (int first = 0; first < events; first += eventsPerBatch) {
            StringBuilder ndjson = new StringBuilder(perBatch * 130);
            for (int e = first; e < Math.min(events, first + eventsPerBatch); e++) {
                String checkedInAt = startsAt.plus(Duration.ofHours(e)).plus(Duration.ofMinutes(5)).toString();
                for (int p = 0; p < perEvent; p++) {
                    ndjson.append("{\"eventId\":\"").append(eventIds[e]).append("\",\"participantId\":\"")
                            .append(people.get((e * perEvent + p) % participants))
                            .append("\",\"checkedInAt\":\"").append(checkedInAt).append("\"}\n");
                }
            }
            batches.add(ndjson.toString().getBytes(StandardCharsets.UTF_8));
        }
        long reportBefore = services.attendances(HTTP_YEAR);
        Profiler profiler = new Profiler(options, services, this::say);
        if (options.profile()) {
            profiler.start("c", "events", "reporting", "mongo");
        }
        say("[c] posting %,d check-ins as %d NDJSON batches of %,d from %d clients", total, batches.size(), perBatch, clients);
        AtomicLong accepted = new AtomicLong();
        AtomicLong next = new AtomicLong();
        AtomicLong postedBatches = new AtomicLong();
        long t0 = System.nanoTime();
        // no new batch after this: on a slow store the run must still end (what was sent is measured)
        long stopPosting = t0 + Duration.ofSeconds(options.quick() ? 30 : 60).toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while (System.nanoTime() < stopPosting && (i = (int) next.getAndIncrement()) < batches.size()) {
                        JsonNode answer = services.postNdjson("events", "/api/centers/" + center + "/check-ins", batches.get(i));
                        accepted.addAndGet(answer.path("accepted").asLong());
                        postedBatches.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        long posted = System.nanoTime();
        if (options.profile()) {
            profiler.stop(results);
        }
        long sentCheckIns = postedBatches.get() * perBatch;
        double httpRate = sentCheckIns / seconds(posted - t0);
        say("[c] all batches answered in %.1f s (%,.0f check-ins/s, %,d accepted); waiting for the report", seconds(posted - t0),
                httpRate, accepted.get());
        long expected = reportBefore + accepted.get();
        Duration cap = Duration.ofSeconds(options.quick() ? 20 : 60);
        long deadline = posted + cap.toNanos();
        long seen = reportBefore;
        long lastSay = System.nanoTime();
        int failedPolls = 0;
        String pollFailure = null;
        while (seen < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            try {
                seen = services.attendances(HTTP_YEAR);
            } catch (IOException e) {
                // a report that takes longer than the client waits is a finding, not the end of the step
                failedPolls++;
                pollFailure = e.getMessage();
                continue;
            }
            if (System.nanoTime() - lastSay > 2_000_000_000L) {
                say("[c] report shows %,d of %,d", seen - reportBefore, accepted.get());
                lastSay = System.nanoTime();
            }
        }
        long done = System.nanoTime();
        long reflected = seen - reportBefore;
        double rate = reflected / seconds(done - t0);
        String note = String.format("%,d check-ins (%d clients, %,d per NDJSON batch), first POST until the %d report shows all, "
                + "%.1f s; HTTP answered at %,.0f/s", reflected, clients, perBatch, HTTP_YEAR, seconds(done - t0), httpRate);
        if (seen < expected) {
            note += String.format("; NOT all reflected within %d s of the last answer (%,d of %,d)", cap.toSeconds(), reflected,
                    accepted.get());
        }
        if (failedPolls > 0) {
            note += String.format("; %d report requests failed (%s)", failedPolls, pollFailure);
        }
        if (sentCheckIns < total) {
            note += String.format("; only %,d of %,d batches sent: posting stops after %d s", postedBatches.get(), batches.size(),
                    Duration.ofNanos(stopPosting - t0).toSeconds());
        }
        if (accepted.get() != sentCheckIns) {
            note += String.format("; events accepted %,d of %,d", accepted.get(), sentCheckIns);
        }
        results.add(Figure.measured(step, "HTTP ingest to report", rate, "check-ins/s", Target.atLeast(20_000, "check-ins/s"), note));
        results.add(Figure.info(step, "HTTP accepted", httpRate, "check-ins/s", "until every POST was answered (stored + outbox)"));
    }

    // ------------------------------------------------------------------ (d) freshness

    private void freshness(String step) throws Exception {
        int loadRate = 5_000;
        Duration duration = Duration.ofSeconds(options.quick() ? 6 : 30);
        String probeCenter = "bench-probe";
        String loadCenter = "bench-load";
        java.util.UUID probeEvent = Envelope.deterministicId("bench", "probe-event");
        int loadEvents = 50;
        List<java.util.UUID> loadEventIds = new ArrayList<>();
        Instant probeStart = Instant.parse(PROBE_YEAR + "-06-01T10:00:00Z");
        Instant loadStart = Instant.parse(LOAD_YEAR + "-06-01T10:00:00Z");
        try (KafkaProducer<String, byte[]> producer = kafka.producer("bench-freshness-setup")) {
            AtomicReference<Exception> failure = new AtomicReference<>();
            for (String center : List.of(probeCenter, loadCenter)) {
                send(producer, Envelope.of(Sources.MEMBERSHIPS, probeStart.minus(Duration.ofDays(400)), center,
                        new CenterRegistered(center, "Bench " + center, "Bench", "UTC", new Money(1_000_000, "EUR"))), failure);
            }
            send(producer, Envelope.of(Sources.EVENTS, probeStart.minus(Duration.ofDays(10)), probeEvent.toString(),
                    new EventScheduled(probeEvent, probeCenter, "Freshness probe", EventFormat.MEETING, probeStart,
                            probeStart.plus(Duration.ofHours(1)), 10_000, Organizer.staff(), 0, "EUR", null, 1)), failure);
            for (int i = 0; i < loadEvents; i++) {
                java.util.UUID id = Envelope.deterministicId("bench", "load-event", Integer.toString(i));
                loadEventIds.add(id);
                Instant start = loadStart.plus(Duration.ofHours(i));
                send(producer, Envelope.of(Sources.EVENTS, start.minus(Duration.ofDays(10)), id.toString(),
                        new EventScheduled(id, loadCenter, "Load " + i, EventFormat.LECTURE, start, start.plus(Duration.ofHours(1)),
                                10_000, Organizer.staff(), 0, "EUR", null, 1)), failure);
            }
            producer.flush();
            if (failure.get() != null) {
                throw failure.get();
            }
        }
        String backlog = "";
        try {
            awaitReporting(Duration.ofSeconds(options.quick() ? 30 : 60), "[d]");
        } catch (TimeoutException e) {
            // measured anyway: this is how fresh the report is while reporting works off a backlog
            backlog = "; started with a backlog (" + e.getMessage() + ")";
            results.note("(d) " + e.getMessage() + " when the freshness probes began: they measure the report behind that backlog");
        }
        long probesBefore = services.attendances(PROBE_YEAR);
        say("[d] steady load of %,d check-ins/s for %d s, probing one marker check-in at a time", loadRate, duration.toSeconds());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong loadSent = new AtomicLong();
        AtomicReference<Exception> loadFailure = new AtomicReference<>();
        List<Long> viaReport = new ArrayList<>();
        List<Long> viaCommit = new ArrayList<>();
        int timeouts = 0;
        int reportFailures = 0;
        long loadStarted;
        long loadEnded;
        try (KafkaProducer<String, byte[]> loadProducer = kafka.producer("bench-freshness-load");
             KafkaProducer<String, byte[]> probeProducer = kafka.producer("bench-freshness-probe")) {
            loadStarted = System.nanoTime();
            Thread load = Thread.ofPlatform().name("steady-load").start(() -> {
                long sent = 0;
                Instant at = loadStart.plus(Duration.ofMinutes(5));
                while (!stop.get()) {
                    long due = (System.nanoTime() - loadStarted) * loadRate / 1_000_000_000L;
                    while (sent < due) {
                        java.util.UUID participant = Envelope.deterministicId("bench", "load-participant", Long.toString(sent));
                        AttendanceRecorded a = new AttendanceRecorded(loadEventIds.get((int) (sent % loadEvents)), loadCenter, participant, at);
                        send(loadProducer, Envelope.withId(a.occurrenceId(), Sources.EVENTS, at, a.eventId().toString(), a), loadFailure);
                        sent++;
                    }
                    loadSent.set(sent);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            Thread.sleep(1_000); // let the load settle before the first probe
            long end = System.nanoTime() + duration.toNanos();
            int marker = 0;
            while (System.nanoTime() < end) {
                marker++;
                java.util.UUID participant = Envelope.deterministicId("bench", "probe-participant", Integer.toString(marker),
                        Long.toString(System.currentTimeMillis()));
                Instant at = probeStart.plus(Duration.ofMinutes(5));
                AttendanceRecorded a = new AttendanceRecorded(probeEvent, probeCenter, participant, at);
                Envelope<AttendanceRecorded> envelope = Envelope.withId(a.occurrenceId(), Sources.EVENTS, at, probeEvent.toString(), a);
                long t0 = System.nanoTime();
                RecordMetadata meta = probeProducer.send(new ProducerRecord<>(envelope.topic(), envelope.key(), codec.encode(envelope))).get();
                TopicPartition tp = new TopicPartition(meta.topic(), meta.partition());
                long probeDeadline = t0 + 10_000_000_000L;
                Long committedAt = null;
                Long reportedAt = null;
                while (System.nanoTime() < probeDeadline) {
                    if (committedAt == null) {
                        if (kafka.committed(REPORTING_GROUP, List.of(tp)).get(tp) > meta.offset()) {
                            committedAt = System.nanoTime();
                        } else {
                            Thread.sleep(2);
                            continue;
                        }
                    }
                    try {
                        if (services.attendances(PROBE_YEAR) >= probesBefore + marker) {
                            reportedAt = System.nanoTime();
                            break;
                        }
                    } catch (IOException e) {
                        reportFailures++; // a report slower than the client's patience: the marker times out
                    }
                    Thread.sleep(5);
                }
                if (reportedAt == null) {
                    // counted at the 10 s cap (a lower bound), so that a slow marker still weighs in the percentiles
                    timeouts++;
                    say("[d] marker %d not in the report after 10 s", marker);
                    viaCommit.add(committedAt == null ? probeDeadline - t0 : committedAt - t0);
                    viaReport.add(probeDeadline - t0);
                    try {
                        probesBefore = services.attendances(PROBE_YEAR) - marker; // keep counting from what the report has
                    } catch (IOException e) {
                        reportFailures++;
                    }
                } else {
                    viaCommit.add(committedAt - t0);
                    viaReport.add(reportedAt - t0);
                }
                Thread.sleep(50 + (marker * 37L) % 100); // spread the probes over the batch cycle
            }
            stop.set(true);
            load.join();
            loadEnded = System.nanoTime();
        }
        if (loadFailure.get() != null) {
            throw loadFailure.get();
        }
        double achieved = loadSent.get() / seconds(loadEnded - loadStarted);
        if (viaReport.isEmpty()) {
            throw new IllegalStateException("no marker was probed");
        }
        Percentiles report = Percentiles.of(viaReport.stream().mapToLong(Long::longValue).toArray());
        Percentiles commit = Percentiles.of(viaCommit.stream().mapToLong(Long::longValue).toArray());
        String how = String.format("%d markers, publish (acks=all) until GET /api/reports/impact/%d counts it, under %,.0f check-ins/s of load%s",
                report.count(), PROBE_YEAR, achieved, timeouts > 0 ? "; " + timeouts + " markers timed out, counted as 10 s" : "")
                + (reportFailures > 0 ? "; " + reportFailures + " report requests failed" : "") + backlog;
        results.add(Figure.measured(step, "freshness p50 (report)", report.millisAt(0.5), "ms", null, how));
        results.add(Figure.measured(step, "freshness p99 (report)", report.millisAt(0.99), "ms", Target.atMost(250, "ms"),
                "max " + String.format("%.0f", report.max() / 1e6) + " ms"));
        results.add(Figure.info(step, "projection commit p50", commit.millisAt(0.5), "ms",
                "publish until reporting's consumer group has committed the marker (projections written)"));
        results.add(Figure.info(step, "projection commit p99", commit.millisAt(0.99), "ms", ""));
        say("[d] report p50 %.0f ms, p99 %.0f ms; commit p50 %.0f ms, p99 %.0f ms (%d markers, load %,.0f/s)", report.millisAt(0.5),
                report.millisAt(0.99), commit.millisAt(0.5), commit.millisAt(0.99), report.count(), achieved);
    }

    // ------------------------------------------------------------------ (e) report latency

    private void reportLatency(String step) throws Exception {
        int year = network != null ? network.year() : 2025;
        int clients = 20;
        Duration duration = Duration.ofSeconds(options.quick() ? 4 : 10);
        try {
            awaitReporting(Duration.ofSeconds(options.quick() ? 20 : 30), "[e]");
        } catch (TimeoutException e) {
            results.note("(e) reporting had not caught up before the latency test: " + e.getMessage());
        }
        String impact = "/api/reports/impact/" + year;
        String profile = "/api/reports/participant-profile/" + year;
        for (String path : List.of(impact, profile)) {
            try {
                say("[e] first GET %s: %.0f ms", path, timed(() -> services.getText("reporting", path)) / 1e6);
            } catch (IOException e) {
                say("[e] first GET %s failed: %s", path, e.getMessage());
                results.note("(e) the first GET " + path + " failed: " + e.getMessage());
            }
        }
        // first as a client that accepts a report computed up to 5 minutes ago (a newer one is computed in the
        // background meanwhile), then as a client that wants every batch ingested before its request
        String tolerant = "max-stale=300";
        latencyUnderClients(step, clients, duration, impact, profile, tolerant, "",
                Target.atMost(20, "ms"), "Cache-Control: " + tolerant + " (a client that accepts a report up to 5 minutes old)");
        latencyUnderClients(step, clients, duration, impact, profile, null, " (no staleness)",
                null, "no Cache-Control: every request reflects all batches ingested before it");
    }

    private void latencyUnderClients(String step, int clients, Duration duration, String impact, String profile, String cacheControl,
                                     String suffix, Target target, String how) throws InterruptedException {
        say("[e] %d clients for %d s, %s", clients, duration.toSeconds(), how);
        Map<String, List<Long>> samples = new ConcurrentHashMap<>();
        samples.put(impact, Collections.synchronizedList(new ArrayList<>()));
        samples.put(profile, Collections.synchronizedList(new ArrayList<>()));
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long warmupEnd = System.nanoTime() + 2_000_000_000L;
        long end = warmupEnd + duration.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    int i = client;
                    while (System.nanoTime() < end) {
                        String path = (i++ % 2 == 0) ? impact : profile;
                        long t0 = System.nanoTime();
                        try {
                            services.getText("reporting", path, cacheControl);
                            long t = System.nanoTime();
                            if (t0 >= warmupEnd) {
                                samples.get(path).add(t - t0);
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e.getMessage());
                        }
                    }
                });
            }
        }
        String errorNote = errors.get() == 0 ? "" : String.format("; %,d errors (first: %s)", errors.get(), firstError.get());
        for (Map.Entry<String, String> e : List.of(Map.entry(impact, "impact report"), Map.entry(profile, "profile"))) {
            String name = e.getValue() + " p95" + suffix;
            List<Long> list = samples.get(e.getKey());
            if (list.isEmpty()) {
                results.add(Figure.failed(step, name, "ms", target,
                        "no request both started and answered within the " + duration.toSeconds() + " s window" + errorNote));
                continue;
            }
            Percentiles p = Percentiles.of(list.stream().mapToLong(Long::longValue).toArray());
            double perSecond = p.count() / (duration.toNanos() / 1e9);
            results.add(Figure.info(step, e.getValue() + " p50" + suffix, p.millisAt(0.5), "ms",
                    String.format("GET %s, %s, %d clients, %,d requests (%,.0f/s)%s", e.getKey(), how, clients, p.count(), perSecond, errorNote)));
            if (target != null) {
                results.add(Figure.measured(step, name, p.millisAt(0.95), "ms", target, ""));
            } else {
                results.add(Figure.info(step, name, p.millisAt(0.95), "ms", ""));
            }
            results.add(Figure.info(step, e.getValue() + " p99" + suffix, p.millisAt(0.99), "ms", ""));
            say("[e] %s%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms over %,d requests", e.getValue(), suffix, p.millisAt(0.5), p.millisAt(0.95),
                    p.millisAt(0.99), p.count());
        }
    }

    @FunctionalInterface
    interface Call {
        Object call() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long t0 = System.nanoTime();
        call.call();
        return System.nanoTime() - t0;
    }

    // ------------------------------------------------------------------ (f) rebuild

    private void recordRssBeforeRebuild() {
        services.pid("reporting").ifPresent(pid -> Services.peakRss(pid).ifPresent(rss -> peakRssBeforeRebuild.put("reporting", rss)));
    }

    private void rebuild(String step) throws Exception {
        Rebuild rebuild = new Rebuild(options, services, kafka, this::say);
        List<String> topics = reportingTopics();
        Rebuild.Outcome outcome = rebuild.run(topics, Duration.ofSeconds(options.quick() ? 45 : 120));
        String note = String.format("%,d records of %d topics into a fresh database and consumer group; steady rate from the "
                        + "first commit, %.1f s; %.1f s from the restart incl. JVM start (%,.0f rec/s)%s",
                outcome.records(), topics.size(), outcome.steadySeconds(), outcome.wallSeconds(),
                outcome.records() / outcome.wallSeconds(), outcome.timedOut() ? "; NOT finished within the cap: rate over what was replayed" : "");
        results.add(Figure.measured(step, "rebuild replay", outcome.steadyRate(), "rec/s", Target.atLeast(100_000, "rec/s"), note));
        if (network != null && !expectedNetworkAttendances.isEmpty() && !outcome.timedOut()) {
            checkReportAttendances(step, expectedNetworkAttendances, "rebuilt, simulated network");
        }
    }

    // ------------------------------------------------------------------ (g) heap and RSS

    private void sampleHeaps() {
        while (!Thread.currentThread().isInterrupted()) {
            for (String service : services.urls().keySet()) {
                services.heapUsed(service).ifPresent(used ->
                        peakHeap.computeIfAbsent(service, s -> new AtomicLong()).accumulateAndGet(used, Math::max));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void resources(String step) throws Exception {
        storeErrors();
        for (String service : services.urls().keySet()) {
            AtomicLong heap = peakHeap.get(service);
            String oom = outOfMemory(service);
            if (heap == null) {
                results.add(Figure.failed(step, "peak heap " + service, "MB", Target.atMost(512, "MB"),
                        "no sample from /actuator/metrics/jvm.memory.used" + oom));
            } else {
                results.add(Figure.measured(step, "peak heap " + service, heap.get() / MB, "MB", Target.atMost(512, "MB"),
                        "max of jvm.memory.used{area=heap} sampled every 0.5 s; -Xmx512m" + oom));
            }
        }
        for (String name : processNames()) {
            long rss = services.pid(name).stream().mapToLong(pid -> Services.peakRss(pid).orElse(0)).max().orElse(0);
            rss = Math.max(rss, peakRssBeforeRebuild.getOrDefault(name, 0L));
            if (rss > 0) {
                results.add(Figure.info(step, "peak RSS " + name, rss / MB, "MB", "VmHWM" + ("reporting".equals(name)
                        ? " (max of the original and the rebuilt process)" : "")));
            } else {
                results.add(Figure.failed(step, "peak RSS " + name, "MB", null, "no live process in pids/"));
            }
        }
    }

    /** The store's own errors (e.g. the H2 backend losing chunks under load) make every later figure suspect: say so. */
    private void storeErrors() {
        Path log = options.runDir().resolve("logs").resolve("mongo.log");
        try {
            if (!Files.exists(log)) {
                return;
            }
            List<String> errors = Files.readAllLines(log).stream().filter(l -> l.contains("[ERROR]") || l.contains("Exception: ")).toList();
            if (!errors.isEmpty()) {
                String first = errors.stream().filter(l -> l.contains("Exception: ")).findFirst().orElse(errors.getFirst());
                results.note(String.format("the store logged %d error lines (first: %s); figures after that are suspect", errors.size(),
                        Services.abbreviate(first)));
            }
        } catch (IOException | RuntimeException e) {
            // unreadable log: no finding
        }
    }

    private List<String> processNames() {
        List<String> names = new ArrayList<>(List.of("kafka", "mongo"));
        names.addAll(services.urls().keySet());
        return names;
    }

    private String outOfMemory(String service) {
        for (String suffix : List.of(".log", ".log.1")) {
            Path log = options.runDir().resolve("logs").resolve(service + suffix);
            try {
                if (Files.exists(log) && Files.readString(log).contains("OutOfMemoryError")) {
                    return "; OutOfMemoryError in " + log.getFileName();
                }
            } catch (IOException | RuntimeException e) {
                // unreadable log: no finding
            }
        }
        return "";
    }

    // ------------------------------------------------------------------ machine

    private void machineFacts() {
        results.machine("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    results.machine("RAM", String.format("%.1f GB", kb / 1024.0 / 1024.0));
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    results.machine("CPU", line.substring(line.indexOf(':') + 1).strip());
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        results.machine("JDK", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
        results.machine("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        results.machine("services", String.join(",", services.urls().keySet()) + " (-Xmx512m each, C2 on)");
        String backend = System.getenv().getOrDefault("NC_MONGO_BACKEND", "h2");
        results.machine("store", "mongo-java-server " + ("memory".equals(backend) ? "memory" : "H2") + " backend (infra/local LocalMongo, -Xmx"
                + System.getenv().getOrDefault("NC_MONGO_HEAP", "512m") + ")");
        results.machine("broker", "Kafka 4.1.2 KRaft single node (infra/local LocalKafka)");
        options.facts().forEach(results::machine);
        results.machine("load average at start", loadAverage());
        results.machine("mode", (options.quick() ? "QUICK" : "full") + ", seed " + options.seed());
    }

    /** The 1-minute load average: anything else running on the machine shows here. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    void say(String format, Object... args) {
        String time = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(Instant.now());
        System.out.println(time + " " + String.format(format, args));
        System.out.flush();
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
