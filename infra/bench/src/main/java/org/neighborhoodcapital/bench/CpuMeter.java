package org.neighborhoodcapital.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** CPU time used by the stack's processes over an interval (utime + stime from /proc/<pid>/stat), in cores. */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> startTicks = new LinkedHashMap<>();
    private final long startNanos;

    private CpuMeter(Services services, List<String> names) {
        for (String name : names) {
            services.pid(name).ifPresent(pid -> ticks(pid).ifPresent(t -> {
                pids.put(name, pid);
                startTicks.put(name, t);
            }));
        }
        this.startNanos = System.nanoTime();
    }

    static CpuMeter start(Services services, List<String> names) {
        return new CpuMeter(services, names);
    }

    /** Cores used by each process since the start (CPU seconds / wall seconds). */
    Map<String, Double> coresSince() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks(pid).ifPresent(t -> cores.put(name, (t - startTicks.get(name)) / TICKS_PER_SECOND / wall)));
        return cores;
    }

    /** utime + stime of a process, in clock ticks. */
    static OptionalLong ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12])); // fields 14 and 15 of stat
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
