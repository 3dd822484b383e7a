package org.neighborhoodcapital.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR recordings of stack processes during a step, started and stopped with {@code jcmd} (the
 * processes run on the same JDK), and a summary of where their CPU went: the hottest frames and the
 * share of samples per subsystem.
 */
final class Profiler {

    /** Subsystems, by the first (innermost) frame of a sample that belongs to one of them. */
    private static final List<String[]> SUBSYSTEMS = List.of(
            new String[] {"org.h2.", "H2 store (mongo-java-server backend)"},
            new String[] {"de.bwaldvogel.", "mongo-java-server"},
            new String[] {"org.bson.", "BSON codec"},
            new String[] {"com.mongodb.", "MongoDB driver"},
            new String[] {"tools.jackson.", "Jackson"},
            new String[] {"org.apache.kafka.", "Kafka client"},
            new String[] {"io.netty.", "Netty"},
            new String[] {"org.neighborhoodcapital.", "service code"},
            new String[] {"org.springframework.", "Spring"});

    private final BenchOptions options;
    private final Services services;
    private final Log log;
    private final Map<String, Path> recordings = new LinkedHashMap<>();
    private String step;

    Profiler(BenchOptions options, Services services, Log log) {
        this.options = options;
        this.services = services;
        this.log = log;
    }

    void start(String step, String... processes) {
        this.step = step;
        for (String name : processes) {
            services.pid(name).ifPresent(pid -> {
                Path file = options.outDir().toAbsolutePath().resolve("jfr-" + step + "-" + name + ".jfr");
                try {
                    Files.deleteIfExists(file);
                    jcmd(pid, "JFR.start", "name=bench-" + step, "settings=profile", "filename=" + file);
                    recordings.put(name + ":" + pid, file);
                    log.say("[%s] JFR recording of %s (pid %d) into %s", step, name, pid, file);
                } catch (Exception e) {
                    log.say("[%s] could not start JFR on %s: %s", step, name, e.getMessage());
                }
            });
        }
    }

    void stop(Results results) {
        for (Map.Entry<String, Path> e : recordings.entrySet()) {
            String name = e.getKey().substring(0, e.getKey().indexOf(':'));
            long pid = Long.parseLong(e.getKey().substring(e.getKey().indexOf(':') + 1));
            try {
                jcmd(pid, "JFR.stop", "name=bench-" + step);
                String summary = summarize(e.getValue(), 12);
                Path text = Path.of(e.getValue().toString().replace(".jfr", ".txt"));
                Files.writeString(text, summary);
                log.say("[%s] profile of %s:%n%s", step, name, summary.strip());
                results.note("(" + step + ") JFR of " + name + ": " + firstLines(summary) + " (full: " + text + ")");
            } catch (Exception ex) {
                log.say("[%s] could not stop or read JFR of %s: %s", step, name, ex.getMessage());
            }
        }
    }

    private static String firstLines(String summary) {
        String[] lines = summary.split("\\R");
        List<String> keep = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("  ") && keep.size() < 4) {
                keep.add(line.strip());
            }
        }
        return String.join("; ", keep);
    }

    private void jcmd(long pid, String... command) throws Exception {
        Path jcmd = options.java().resolveSibling("jcmd");
        List<String> args = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + Services.abbreviate(out));
        }
    }

    /** Execution samples: share per subsystem, then the hottest frames (self time). */
    static String summarize(Path jfr, int top) throws IOException {
        Map<String, Integer> frames = new HashMap<>();
        Map<String, Integer> subsystems = new HashMap<>();
        int samples = 0;
        long gcPauseNanos = 0;
        int gcs = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcs++;
                    gcPauseNanos += event.getDuration("sumOfPauses").toNanos();
                    continue;
                }
                if (!type.equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                RecordedFrame first = stack.getFrames().getFirst();
                frames.merge(frameName(first), 1, Integer::sum);
                // JDK frames (collections, serialization, I/O) count for the library that called them
                String subsystem = "JDK only";
                outer:
                for (RecordedFrame frame : stack.getFrames()) {
                    String cls = frame.getMethod().getType().getName();
                    if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) {
                        continue;
                    }
                    subsystem = "other (" + cls.substring(0, Math.max(0, cls.lastIndexOf('.'))) + ")";
                    for (String[] s : SUBSYSTEMS) {
                        if (cls.startsWith(s[0])) {
                            subsystem = s[1];
                            break;
                        }
                    }
                    break outer;
                }
                subsystems.merge(subsystem, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d execution samples, %d GCs with %.0f ms of pauses%n", samples, gcs, gcPauseNanos / 1e6));
        out.append("by subsystem (innermost non-JDK frame; JDK code counts for its caller):\n");
        int total = Math.max(1, samples);
        subsystems.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("  %5.1f%% %s%n", 100.0 * e.getValue() / total, e.getKey())));
        out.append("hottest frames (self):\n");
        frames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format("    %5.1f%% %s%n", 100.0 * e.getValue() / total, e.getKey())));
        return out.toString();
    }

    private static String frameName(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
