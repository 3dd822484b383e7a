package org.neighborhoodcapital.testsupport;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Spring Boot service running in a child JVM, so that a test can really kill it.
 *
 * <pre>{@code
 * try (ServiceProcess events = ServiceProcess.jar(Path.of("../events/target/events.jar"))
 *         .name("events")
 *         .property("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers())
 *         .start()) {
 *     events.awaitReady(Duration.ofSeconds(60));
 *     ... events.baseUrl() ...
 *     events.kill();
 * }
 * }</pre>
 *
 * The child is the same {@code java} binary as this JVM; stdout and stderr go to one log file
 * (default {@code target/service-logs/<name>-<n>.log}, first line the command). Properties are
 * passed as {@code --key=value} arguments; {@code server.port} is chosen with {@link FreePorts} unless
 * given. Readiness is {@code GET /actuator/health/readiness} = 200 on {@code management.server.port}
 * if given, else on the server port. Children still running when this JVM exits are killed.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int LOG_TAIL_LINES = 60;
    private static final String READINESS_PATH = "/actuator/health/readiness";

    private static final Map<String, AtomicInteger> startsByName = new ConcurrentHashMap<>();
    private static final Set<Process> running = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> running.forEach(Process::destroyForcibly), "service-process-reaper"));
    }

    private final String name;
    private final Process process;
    private final int port;
    private final int readinessPort;
    private final Path logFile;

    private ServiceProcess(String name, Process process, int port, int readinessPort, Path logFile) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.readinessPort = readinessPort;
        this.logFile = logFile;
    }

    /** A service packaged as an executable Spring Boot jar ({@code java -jar}). */
    public static Builder jar(Path bootJar) {
        return new Builder(Objects.requireNonNull(bootJar, "bootJar"), null, null);
    }

    /** A service started from its main class on the given class path. */
    public static Builder mainClass(String mainClass, String classpath) {
        return new Builder(null, Objects.requireNonNull(mainClass, "mainClass"), Objects.requireNonNull(classpath, "classpath"));
    }

    /** A service started from its main class on this JVM's class path. */
    public static Builder mainClass(Class<?> mainClass) {
        return mainClass(mainClass.getName(), System.getProperty("java.class.path"));
    }

    /**
     * Polls {@code /actuator/health/readiness} until it answers 200. If the process exits first, or
     * the timeout passes (the process is then killed), fails with the end of the log.
     */
    public ServiceProcess awaitReady(Duration timeout) {
        URI readiness = URI.create("http://127.0.0.1:" + readinessPort + READINESS_PATH);
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "none";
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw failure("exited with code " + process.exitValue() + " before it was ready");
                }
                try {
                    int status = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        return this;
                    }
                    lastAnswer = "HTTP " + status;
                } catch (IOException e) {
                    lastAnswer = e.toString();
                }
                if (System.nanoTime() - deadline > 0) {
                    kill();
                    throw failure("was not ready within " + timeout + " (last answer from " + readiness + ": "
                            + lastAnswer + "); killed it");
                }
                try {
                    // Returns at once if the process exits, else after the poll interval.
                    process.onExit().get(POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    // poll again
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name + " to be ready", e);
        }
    }

    /** SIGKILL: no shutdown hooks, no graceful shutdown. Returns when the process is gone. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(STOP_TIMEOUT);
    }

    /** Graceful stop (SIGTERM), killed if still running after 30 s. */
    public void stop() {
        stop(STOP_TIMEOUT);
    }

    /** Graceful stop (SIGTERM), killed if still running after {@code timeout}. */
    public void stop(Duration timeout) {
        if (process.isAlive()) {
            process.destroy();
            if (!awaitExit(timeout)) {
                kill();
            }
        }
        running.remove(process);
    }

    /** {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the process has ended (137 after {@link #kill()} on Linux). */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    public Path logFile() {
        return logFile;
    }

    /** The last {@code lines} lines of the log file. */
    public String logTail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            int read = (int) Math.min(length, 256 * 1024);
            byte[] bytes = new byte[read];
            file.seek(length - read);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log " + logFile + " unreadable: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ", " + baseUrl() + ")";
    }

    private boolean awaitExit(Duration timeout) {
        boolean exited;
        try {
            exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name + " to exit", e);
        }
        if (exited) {
            running.remove(process);
        }
        return exited;
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException("Service " + this + " " + what + ". Last " + LOG_TAIL_LINES + " lines of "
                + logFile + ":\n" + logTail(LOG_TAIL_LINES));
    }

    /** What to start; {@link #start()} starts it. */
    public static final class Builder {

        private final Path jar;
        private final String mainClass;
        private final String classpath;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmArgs = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private String name;
        private Path logFile;

        private Builder(Path jar, String mainClass, String classpath) {
            this.jar = jar;
            this.mainClass = mainClass;
            this.classpath = classpath;
        }

        /** Names the log file and error messages; default: the jar's or main class's name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Passed as {@code --key=value}; a later value for the same key replaces the earlier one. */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Several {@code --key=value} properties. */
        public Builder properties(java.util.Map<String, String> values) {
            values.forEach(this::property);
            return this;
        }

        /** An option for the child JVM, e.g. {@code -Xmx256m}. */
        public Builder jvmArg(String jvmArg) {
            jvmArgs.add(Objects.requireNonNull(jvmArg, "jvmArg"));
            return this;
        }

        /** An environment variable for the child, in addition to this JVM's environment. */
        public Builder env(String name, String value) {
            environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Where stdout and stderr go; default {@code target/service-logs/<name>-<n>.log}. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** Starts the process; does not wait for it (see {@link ServiceProcess#awaitReady(Duration)}). */
        public ServiceProcess start() {
            if (jar != null && !Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("No such jar: " + jar.toAbsolutePath() + " (package the service first)");
            }
            String serviceName = name != null ? name : defaultName();
            int port = properties.containsKey("server.port") ? port("server.port") : FreePorts.next();
            properties.put("server.port", String.valueOf(port));
            int readinessPort = properties.containsKey("management.server.port") ? port("management.server.port") : port;

            Path log = (logFile != null ? logFile : defaultLogFile(serviceName)).toAbsolutePath();
            List<String> command = command(log);
            try {
                Files.createDirectories(log.getParent());
                Files.writeString(log, "# " + String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                builder.environment().putAll(environment);
                Process process = builder.start();
                process.getOutputStream().close();
                running.add(process);
                return new ServiceProcess(serviceName, process, port, readinessPort, log);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + serviceName + ": " + command, e);
            }
        }

        private List<String> command(Path log) {
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command()
                    .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            if (jvmArgs.stream().noneMatch(arg -> arg.startsWith("-Djava.io.tmpdir="))) {
                // Temporary files of the child stay where this JVM's go (target/ in this build).
                command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
            }
            command.addAll(jvmArgs);
            if (jar != null) {
                command.add("-jar");
                command.add(jar.toAbsolutePath().toString());
            } else {
                // A long class path could exceed the OS limit for one argument: use an argument file.
                Path argFile = log.resolveSibling(log.getFileName().toString().replaceFirst("\\.log$", "") + ".classpath");
                try {
                    Files.createDirectories(argFile.getParent());
                    Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n",
                            StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                command.add("@" + argFile);
                command.add(mainClass);
            }
            properties.forEach((key, value) -> command.add("--" + key + "=" + value));
            return command;
        }

        private int port(String property) {
            String value = properties.get(property);
            try {
                int port = Integer.parseInt(value.trim());
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(property + " must be a fixed port (1-65535), not '" + value
                    + "'; leave server.port out to get a free one");
        }

        private String defaultName() {
            if (jar != null) {
                return jar.getFileName().toString().replaceFirst("\\.jar$", "");
            }
            String simple = mainClass.substring(mainClass.lastIndexOf('.') + 1);
            return simple.toLowerCase(Locale.ROOT);
        }

        private static Path defaultLogFile(String name) {
            int n = startsByName.computeIfAbsent(name, key -> new AtomicInteger()).incrementAndGet();
            return Path.of("target", "service-logs", name + "-" + n + ".log");
        }
    }
}
