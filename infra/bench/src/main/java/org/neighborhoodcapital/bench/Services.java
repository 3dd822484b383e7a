package org.neighborhoodcapital.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The services of the stack over HTTP (every call with the bearer token when there is one), and their processes. */
final class Services {

    /** A non-2xx answer. */
    static final class HttpFailure extends IOException {
        final int status;

        HttpFailure(String what, int status, String body) {
            super(what + " answered " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
            this.status = status;
        }
    }

    private final Map<String, String> urls;
    private final String token;
    private final Path runDir;
    private final HttpClient client;
    private final JsonMapper mapper;

    Services(Map<String, String> urls, String token, Path runDir, JsonMapper mapper) {
        this.urls = new LinkedHashMap<>(urls);
        this.token = token == null ? "" : token.strip();
        this.runDir = runDir;
        this.mapper = mapper;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    Map<String, String> urls() {
        return urls;
    }

    boolean has(String service) {
        return urls.containsKey(service);
    }

    boolean hasToken() {
        return !token.isEmpty();
    }

    String url(String service) {
        String url = urls.get(service);
        if (url == null) {
            throw new IllegalStateException("the " + service + " service is not part of this run");
        }
        return url;
    }

    HttpRequest.Builder request(String service, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(service) + path)).timeout(Duration.ofSeconds(60));
        if (!token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    HttpClient client() {
        return client;
    }

    JsonNode getJson(String service, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(service, path).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        check(service + " GET " + path, response);
        return mapper.readTree(response.body());
    }

    String getText(String service, String path) throws IOException, InterruptedException {
        return getText(service, path, null);
    }

    /** GET with a {@code Cache-Control} request header (none when null). */
    String getText(String service, String path, String cacheControl) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(service, path).GET();
        if (cacheControl != null) {
            builder.header("Cache-Control", cacheControl);
        }
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        check(service + " GET " + path, response);
        return response.body();
    }

    JsonNode postJson(String service, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(service, path).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        check(service + " POST " + path, response);
        return mapper.readTree(response.body());
    }

    JsonNode postNdjson(String service, String path, byte[] body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(service, path).timeout(Duration.ofMinutes(3)).header("Content-Type", "application/x-ndjson")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        check(service + " POST " + path, response);
        return mapper.readTree(response.body());
    }

    /** The yearly report's network-wide attendance figure. */
    long attendances(int year) throws IOException, InterruptedException {
        return getJson("reporting", "/api/reports/impact/" + year).path("network").path("attendances").asLong();
    }

    boolean ready(String service) {
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url(service) + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Heap in use now (bytes), from the service's Micrometer {@code jvm.memory.used{area=heap}}. */
    OptionalLong heapUsed(String service) {
        try {
            JsonNode node = getJson(service, "/actuator/metrics/jvm.memory.used?tag=area:heap");
            for (JsonNode m : node.path("measurements")) {
                if ("VALUE".equals(m.path("statistic").asString())) {
                    return OptionalLong.of(m.path("value").asLong());
                }
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** The pid the stack recorded for {@code name} (a service, kafka or mongo). */
    Optional<Long> pid(String name) {
        Path file = runDir.resolve("pids").resolve(name + ".pid");
        try {
            String text = Files.readString(file).replaceAll("[^0-9]", "");
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path runDir() {
        return runDir;
    }

    /** Peak resident set size (VmHWM, bytes) of a live process, from /proc. */
    static OptionalLong peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return OptionalLong.empty();
    }

    private static void check(String what, HttpResponse<String> response) throws HttpFailure {
        if (response.statusCode() / 100 != 2) {
            throw new HttpFailure(what, response.statusCode(), response.body());
        }
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
