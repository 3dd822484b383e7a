package org.neighborhoodcapital.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * (f) Drops the projections and replays every topic: stops reporting, starts the same process (same
 * command line, so the same JVM options, markers and security settings) on a fresh database and a fresh
 * consumer group, which reads every topic from the beginning, and times it until the group has
 * committed everything. The new process takes the old one's pid file, so {@code stack stop} stops it.
 */
final class Rebuild {

    static final Duration STARTUP_ALLOWANCE = Duration.ofSeconds(180);

    record Outcome(long records, double steadyRate, double steadySeconds, double wallSeconds, boolean timedOut) {
    }

    private final BenchOptions options;
    private final Services services;
    private final KafkaSide kafka;
    private final Log log;

    Rebuild(BenchOptions options, Services services, KafkaSide kafka, Log log) {
        this.options = options;
        this.services = services;
        this.kafka = kafka;
        this.log = log;
    }

    Outcome run(List<String> topics, Duration cap) throws Exception {
        long pid = services.pid("reporting").orElseThrow(() -> new IllegalStateException("no reporting pid in " + options.runDir()));
        ProcessHandle old = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("reporting (pid " + pid + ") is not running"));
        List<String> command = commandLine(pid);
        String suffix = Long.toString(System.currentTimeMillis() % 1_000_000);
        String group = "reporting-rebuild-" + suffix;
        List<String> fresh = new ArrayList<>();
        boolean uriReplaced = false;
        for (String arg : command) {
            if (arg.startsWith("--spring.mongodb.uri=")) {
                String uri = arg.substring("--spring.mongodb.uri=".length());
                String base = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
                String query = uri.contains("?") ? uri.substring(uri.indexOf('?')) : "";
                fresh.add("--spring.mongodb.uri=" + base.substring(0, base.lastIndexOf('/') + 1) + "reporting_rebuild_" + suffix + query);
                uriReplaced = true;
            } else if (!arg.startsWith("--spring.kafka.consumer.group-id=")) {
                fresh.add(arg);
            }
        }
        if (!uriReplaced) {
            throw new IllegalStateException("reporting's command line has no --spring.mongodb.uri to replace: " + command);
        }
        fresh.add("--spring.kafka.consumer.group-id=" + group);

        List<TopicPartition> partitions = kafka.partitions(topics);
        Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
        long records = kafka.total(ends) - startOffsetsTotal(partitions);

        log.say("[f] stopping reporting (pid %d) to rebuild its projections from %,d records", pid, records);
        old.destroy();
        try {
            old.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // its projections are being dropped anyway: do not wait for a slow graceful shutdown
            log.say("[f] reporting did not stop within 60 s of SIGTERM; killing it");
            old.destroyForcibly();
            old.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        Path logFile = options.runDir().resolve("logs").resolve("reporting.log");
        Path pidFile = options.runDir().resolve("pids").resolve("reporting.pid");
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(fresh)
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        dashboardSignIn(fresh, builder.environment());
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        log.say("[f] reporting restarted (pid %d) on a fresh database, consumer group %s", process.pid(), group);

        // the JVM start does not count against the replay cap: on a loaded machine it alone can take minutes
        long deadline = t0 + STARTUP_ALLOWANCE.toNanos() + cap.toNanos();
        long firstCommitAt = 0;
        long firstCommitted = 0;
        long committed = 0;
        long lastSay = System.nanoTime();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the restarted reporting exited with " + process.exitValue() + " (see " + logFile + ")");
            }
            committed = kafka.total(kafka.committed(group, partitions));
            long now = System.nanoTime();
            if (committed > 0 && firstCommitAt == 0) {
                firstCommitAt = now;
                firstCommitted = committed;
                deadline = Math.min(deadline, now + cap.toNanos());
                log.say("[f] first commit %.1f s after the restart", (now - t0) / 1e9);
            }
            if (committed >= records) {
                double steady = (now - firstCommitAt) / 1e9;
                double rate = steady > 0 ? (records - firstCommitted) / steady : Double.NaN;
                log.say("[f] replayed %,d records in %.1f s after the first commit (%.1f s from the restart)", records, steady, (now - t0) / 1e9);
                awaitReady();
                return new Outcome(records, rate, steady, (now - t0) / 1e9, false);
            }
            if (now - lastSay > 2_000_000_000L) {
                log.say("[f] replayed %,d of %,d", committed, records);
                lastSay = now;
            }
            Thread.sleep(50);
        }
        long now = System.nanoTime();
        double steady = firstCommitAt == 0 ? 0 : (now - firstCommitAt) / 1e9;
        return new Outcome(committed, steady > 0 ? (committed - firstCommitted) / steady : 0, steady, (now - t0) / 1e9, true);
    }

    /**
     * The stack starts reporting with profile {@code sso} (the dashboard signs users in through the
     * issuer) and gives it the client secret and the issuer URL in the environment, as here; without
     * the secret file the profile is dropped (the APIs still check bearer tokens).
     */
    private void dashboardSignIn(List<String> command, Map<String, String> environment) throws java.io.IOException {
        String profile = "--spring.profiles.active=sso";
        if (!command.contains(profile)) {
            return;
        }
        Path secret = options.runDir().resolve("secrets").resolve("dashboard-secret");
        String issuer = command.stream().filter(a -> a.startsWith(ISSUER_URI)).map(a -> a.substring(ISSUER_URI.length())).findFirst()
                .orElse(null);
        if (Files.isReadable(secret) && issuer != null) {
            environment.put("NC_DASHBOARD_CLIENT_SECRET", Files.readString(secret).strip());
            environment.put("NC_ISSUER_URL", issuer);
        } else {
            command.remove(profile);
            log.say("[f] no dashboard secret in %s: the rebuilt reporting runs without the dashboard sign-in", secret.getParent());
        }
    }

    private static final String ISSUER_URI = "--spring.security.oauth2.resourceserver.jwt.issuer-uri=";

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!services.ready("reporting") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private long startOffsetsTotal(List<TopicPartition> partitions) throws Exception {
        // the records a fresh group reads: from each partition's log start (0 unless retention deleted some)
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, OffsetSpec.earliest()));
        return kafka.earliest(request);
    }

    private static List<String> commandLine(long pid) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
        List<String> args = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            args.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
        }
        if (args.isEmpty()) {
            throw new IllegalStateException("no command line for pid " + pid);
        }
        return args;
    }
}
