package org.neighborhoodcapital.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds a running platform with a generated demo network ({@link DemoNetwork}) through the events
 * HTTP API, once: it does nothing when the marker file exists or the platform already has events.
 * Then it waits until the impact report counts attendances and prints a one-line summary.
 *
 * <p>Options (argument, then environment variable, then default): {@code --events-url} /
 * {@code NC_EVENTS_URL} ({@code http://127.0.0.1:8081}), {@code --reporting-url} /
 * {@code NC_REPORTING_URL} ({@code http://127.0.0.1:8080}; {@code none} skips the report check),
 * {@code --seed} / {@code NC_DEMO_SEED} (42), {@code --marker} / {@code NC_DEMO_MARKER}
 * ({@code .run/seeded}), {@code --report-timeout} / {@code NC_REPORT_TIMEOUT} (60 seconds).
 *
 * <p>Exit status: 0 seeded (or nothing to do), 1 seeding failed, 3 seeded but the report did not
 * show attendances in time.
 */
public final class DemoSeeder {

    static final int REPORT_TIMEOUT_EXIT = 3;

    private final JsonMapper json = JsonMapper.builder().build();
    private final PlatformHttp http = new PlatformHttp(json);
    private final DemoRequests requests = new DemoRequests(json);
    private final URI eventsUrl;

    private DemoSeeder(URI eventsUrl) {
        this.eventsUrl = eventsUrl;
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(args);
        URI eventsUrl = URI.create(trimSlash(options.text("events-url", "NC_EVENTS_URL", "http://127.0.0.1:8081")));
        String reportingUrl = trimSlash(options.text("reporting-url", "NC_REPORTING_URL", "http://127.0.0.1:8080"));
        long seed = options.number("seed", "NC_DEMO_SEED", 42);
        Path marker = options.path("marker", "NC_DEMO_MARKER", ".run/seeded");
        Duration reportTimeout = Duration.ofSeconds(options.number("report-timeout", "NC_REPORT_TIMEOUT", 60));

        DemoSeeder seeder = new DemoSeeder(eventsUrl);
        try {
            if (Files.exists(marker)) {
                say("seed: skipped, already seeded (" + marker + " exists; delete it to seed again)");
                return;
            }
            if (seeder.platformHasEvents()) {
                say("seed: skipped, the platform already has events");
                writeMarker(marker, "found existing events at " + Instant.now());
                return;
            }
            // whole days, so that one seed gives one network all day long
            DemoNetwork network = DemoNetwork.generate(seed, Instant.now().truncatedTo(ChronoUnit.DAYS));
            seeder.seed(network);
            writeMarker(marker, "seeded with seed " + seed + " at " + Instant.now());
            if ("none".equalsIgnoreCase(reportingUrl)) {
                say("report: check skipped (no reporting service)");
                return;
            }
            URI report = URI.create(reportingUrl + "/api/reports/impact/" + network.currentYear());
            if (!seeder.reportShowsAttendances(report, network.attendancesIn(network.currentYear()), reportTimeout)) {
                System.exit(REPORT_TIMEOUT_EXIT);
            }
        } catch (PlatformHttp.PlatformHttpException | IOException e) {
            System.err.println("seed: FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private boolean platformHasEvents() {
        PlatformHttp.Response response = http.get(eventsUrl.resolve("/api/centers/north-yard/events"));
        if (response.status() != 200) {
            return false; // no listing (yet): the marker file is what prevents seeding twice
        }
        JsonNode body = response.body();
        JsonNode items = body.isArray() ? body : body.path("content");
        return items.isArray() && !items.isEmpty();
    }

    private void seed(DemoNetwork network) {
        say("seed: generating the demo network with seed " + network.seed() + " for " + (network.currentYear() - 1)
                + " and " + network.currentYear());
        say("seed: " + network.centers().size() + " centers, " + network.participants().size() + " participants, "
                + network.initiatives().size() + " initiatives, " + network.events().size() + " events ("
                + network.paidEvents() + " paid, " + network.residentOrganizedEvents() + " resident-organized), "
                + network.checkIns().size() + " check-ins");

        Map<String, String> initiativeIds = new HashMap<>();
        for (DemoNetwork.Initiative initiative : network.initiatives()) {
            JsonNode created = http.post(centerUri(initiative.centerId(), "/initiatives"), "application/json",
                    requests.initiative(initiative), 201);
            initiativeIds.put(initiative.key(), requiredText(created, "initiativeId", "initiative " + initiative.title()));
        }
        say("seed: initiatives created: " + initiativeIds.size());

        Map<String, String> eventIds = new LinkedHashMap<>();
        for (DemoNetwork.Event event : network.events()) {
            JsonNode created = http.post(centerUri(event.centerId(), "/events"), "application/json",
                    requests.event(event, initiativeIds), 201);
            eventIds.put(event.key(), requiredText(created, "eventId", "event " + event.title()));
            if (eventIds.size() % 10 == 0) {
                say("seed: events created: " + eventIds.size() + "/" + network.events().size());
            }
        }
        say("seed: events created: " + eventIds.size() + "/" + network.events().size());

        for (DemoNetwork.Event event : network.events()) {
            if (event.cancelled()) {
                http.post(centerUri(event.centerId(), "/events/" + eventIds.get(event.key()) + "/cancel"), "application/json",
                        requests.cancellation("Demo: the band cancelled"), 200);
                say("seed: event cancelled: " + event.title() + " at " + event.centerId() + " on " + event.startsAt());
            }
        }

        long accepted = 0;
        long duplicate = 0;
        int posted = 0;
        int total = network.checkIns().size();
        for (DemoRequests.CheckInBatch batch : requests.checkInBatches(network, eventIds)) {
            JsonNode answer = http.post(centerUri(batch.centerId(), "/check-ins"), batch.format().contentType, batch.body(), 200);
            accepted += answer.path("accepted").asLong();
            duplicate += answer.path("duplicate").asLong();
            posted += batch.size();
            say("seed: check-ins posted: " + posted + "/" + total + " (" + batch.centerId() + ", "
                    + batch.size() + " as " + batch.format().contentType + ")");
        }
        say("seed: check-ins accepted " + accepted + ", duplicate " + duplicate);
    }

    /**
     * Waits until the report counts attendances (the projection catches up in steps), then on
     * until it counts all the seeded ones, and prints its figures next to the seeded count.
     */
    private boolean reportShowsAttendances(URI report, long seededAttendances, Duration timeout) {
        say("report: waiting for attendances at " + report + " (up to " + timeout.toSeconds() + " s)");
        Instant deadline = Instant.now().plus(timeout);
        String lastSeen = "no answer";
        JsonNode latest = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                PlatformHttp.Response response = http.get(report);
                lastSeen = "status " + response.status();
                JsonNode network = response.body().path("network");
                if (response.status() == 200 && network.path("attendances").asLong() > 0) {
                    latest = network;
                    if (network.path("attendances").asLong() >= seededAttendances) {
                        say("report: " + summary(network) + " (seeded attendances: " + seededAttendances + ")");
                        return true;
                    }
                }
            } catch (PlatformHttp.PlatformHttpException e) {
                lastSeen = e.getMessage();
            }
            pause();
        }
        if (latest != null) {
            say("report: " + summary(latest) + " (seeded attendances: " + seededAttendances
                    + "; still catching up after " + timeout.toSeconds() + " s)");
            return true;
        }
        System.err.println("report: WARNING no attendances in " + report + " after " + timeout.toSeconds()
                + " s (last: " + lastSeen + ")");
        return false;
    }

    /** "attendances=4321 participants=287 …": every scalar figure of the network section. */
    static String summary(JsonNode network) {
        StringJoiner line = new StringJoiner(" ");
        for (Map.Entry<String, JsonNode> field : network.properties()) {
            if (field.getValue().isValueNode()) {
                line.add(field.getKey() + "=" + field.getValue().asString());
            }
        }
        return line.toString();
    }

    private URI centerUri(String centerId, String path) {
        return eventsUrl.resolve("/api/centers/" + centerId + path);
    }

    private static String requiredText(JsonNode body, String field, String what) {
        String value = body.path(field).asString("");
        if (value.isBlank()) {
            throw new PlatformHttp.PlatformHttpException("The answer for " + what + " has no " + field + ": " + body);
        }
        return value;
    }

    private static void writeMarker(Path marker, String content) throws IOException {
        Files.createDirectories(marker.toAbsolutePath().getParent());
        Files.writeString(marker, content + "\n");
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformHttp.PlatformHttpException("Interrupted while waiting for the report", e);
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
