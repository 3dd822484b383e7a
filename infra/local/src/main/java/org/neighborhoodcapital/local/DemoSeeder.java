package org.neighborhoodcapital.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.RegistrationMade;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.simulator.ParticipantProfile;
import org.neighborhoodcapital.simulator.PassPlan;
import org.neighborhoodcapital.simulator.SelfAssessment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds a running platform with the simulator's demo network ({@code NetworkSpec.demo(seed)}, see
 * {@link DemoNetwork}) through the public HTTP APIs, once: it does nothing when the marker file exists
 * or the platform already has events or centers. First memberships: the centers, the participants
 * (whose ids memberships assigns: the simulator's ids are mapped to them), pass plans and passes with
 * their renewals and cancellations; then events: initiatives, events (a rescheduled one is created at
 * its first dates, then moved), registrations, cancellations, check-ins in NDJSON and JSON batches
 * (about one in a hundred scanned twice). The events service knows participants from its replica of
 * {@code memberships.participants.v1}, so a request it refuses with 422 for unknown participants only
 * is retried with a short backoff (bounded by {@code --participants-timeout}). Then assessments:
 * self-assessments answering instrument version 1 (whose items are read from the service) and the
 * centers' model check-ups. Finally it waits until the impact report counts the check-ins and prints
 * a one-line summary, and prints one line about the year's participant profile ("profile not
 * available yet" while reporting answers 404).
 *
 * <p>Options (argument, then environment variable, then default): {@code --events-url} /
 * {@code NC_EVENTS_URL} ({@code http://127.0.0.1:8081}), {@code --memberships-url} /
 * {@code NC_MEMBERSHIPS_URL} ({@code http://127.0.0.1:8082}), {@code --reporting-url} /
 * {@code NC_REPORTING_URL} ({@code http://127.0.0.1:8080}; {@code none} skips the report check),
 * {@code --assessments-url} / {@code NC_ASSESSMENTS_URL} ({@code http://127.0.0.1:8083}; {@code none}
 * seeds no assessments), {@code --profile-timeout} / {@code NC_PROFILE_TIMEOUT} (30 seconds),
 * {@code --seed} / {@code NC_DEMO_SEED} (42), {@code --marker} / {@code NC_DEMO_MARKER}
 * ({@code .run/seeded}), {@code --report-timeout} / {@code NC_REPORT_TIMEOUT} (60 seconds),
 * {@code --participants-timeout} / {@code NC_PARTICIPANTS_TIMEOUT} (90 seconds per request).
 *
 * <p>Exit status: 0 seeded (or nothing to do), 1 seeding failed, 3 seeded but the report did not
 * show attendances in time.
 */
public final class DemoSeeder {

    static final int REPORT_TIMEOUT_EXIT = 3;

    private final JsonMapper json = JsonMapper.builder().build();
    private final PlatformHttp http = new PlatformHttp(json);
    private final DemoRequests requests = new DemoRequests(json);
    /** Fields of a 422 that mean "the events service does not know this participant (yet)". */
    static final Set<String> PARTICIPANT_FIELDS = Set.of("participantId", "leaderId", "organizer.participantId");

    private final URI eventsUrl;
    private final URI membershipsUrl;
    /** null: no assessments service, none seeded. */
    private final URI assessmentsUrl;
    private final Duration participantsTimeout;

    private DemoSeeder(URI eventsUrl, URI membershipsUrl, URI assessmentsUrl, Duration participantsTimeout) {
        this.eventsUrl = eventsUrl;
        this.membershipsUrl = membershipsUrl;
        this.assessmentsUrl = assessmentsUrl;
        this.participantsTimeout = participantsTimeout;
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(args);
        URI eventsUrl = URI.create(trimSlash(options.text("events-url", "NC_EVENTS_URL", "http://127.0.0.1:8081")));
        URI membershipsUrl = URI.create(trimSlash(options.text("memberships-url", "NC_MEMBERSHIPS_URL", "http://127.0.0.1:8082")));
        String assessments = trimSlash(options.text("assessments-url", "NC_ASSESSMENTS_URL", "http://127.0.0.1:8083"));
        URI assessmentsUrl = "none".equalsIgnoreCase(assessments) ? null : URI.create(assessments);
        String reportingUrl = trimSlash(options.text("reporting-url", "NC_REPORTING_URL", "http://127.0.0.1:8080"));
        long seed = options.number("seed", "NC_DEMO_SEED", 42);
        Path marker = options.path("marker", "NC_DEMO_MARKER", ".run/seeded");
        Duration reportTimeout = Duration.ofSeconds(options.number("report-timeout", "NC_REPORT_TIMEOUT", 60));
        Duration profileTimeout = Duration.ofSeconds(options.number("profile-timeout", "NC_PROFILE_TIMEOUT", 30));
        Duration participantsTimeout = Duration.ofSeconds(options.number("participants-timeout", "NC_PARTICIPANTS_TIMEOUT", 90));

        DemoSeeder seeder = new DemoSeeder(eventsUrl, membershipsUrl, assessmentsUrl, participantsTimeout);
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
            if (seeder.membershipsHasCenters()) {
                say("seed: skipped, memberships already has centers (a seed that failed half-way? 'make reset' starts over)");
                writeMarker(marker, "found existing centers at " + Instant.now());
                return;
            }
            // whole days, so that one seed gives one network all day long
            DemoNetwork network = DemoNetwork.generate(seed, LocalDate.now(ZoneOffset.UTC));
            seeder.seed(network);
            writeMarker(marker, "seeded with seed " + seed + " at " + Instant.now());
            if ("none".equalsIgnoreCase(reportingUrl)) {
                say("report: check skipped (no reporting service)");
                return;
            }
            URI report = URI.create(reportingUrl + "/api/reports/impact/" + network.currentYear());
            boolean attendancesShown = seeder.reportShowsAttendances(report, network.reportedAttendancesIn(network.currentYear()),
                    network.reportedNewParticipantsIn(network.currentYear()), reportTimeout);
            if (seeder.assessmentsUrl != null) {
                seeder.showProfile(URI.create(reportingUrl + "/api/reports/participant-profile/" + network.currentYear()),
                        profileTimeout);
            }
            if (!attendancesShown) {
                System.exit(REPORT_TIMEOUT_EXIT);
            }
        } catch (PlatformHttp.PlatformHttpException | IOException e) {
            System.err.println("seed: FAILED: " + e.getMessage());
            System.err.println("seed: 'make reset' then 'make run' seeds again from scratch");
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

    private boolean membershipsHasCenters() {
        PlatformHttp.Response response = http.get(membershipsUrl.resolve("/api/centers"));
        return response.status() == 200 && response.body().isArray() && !response.body().isEmpty();
    }

    private void seed(DemoNetwork network) {
        int year = network.currentYear();
        say("seed: generating the demo network with seed " + network.seed() + " for " + (year - 1) + " and " + year);
        say("seed: " + network.centers().size() + " centers, " + network.participants().size() + " participants ("
                + network.joinedIn(year) + " joined in " + year + "), "
                + passCount(network) + " passes, " + network.initiatives().size() + " initiatives, "
                + network.events().size() + " events (" + network.paidEvents() + " paid, "
                + network.residentOrganizedEvents() + " resident-organized, " + network.reschedules().size() + " rescheduled, "
                + network.cancellations().size() + " cancelled), " + network.registrations().size() + " registrations, "
                + network.checkIns().size() + " check-ins, "
                + network.selfAssessments().size() + " self-assessments by " + network.selfAssessingParticipants()
                + " participants, " + network.modelCheckups().size() + " model check-ups");
        long started = System.nanoTime();

        Map<UUID, String> participantIds = seedMemberships(network);

        Map<UUID, String> initiativeIds = new HashMap<>();
        for (Envelope<InitiativeLaunched> envelope : network.initiatives()) {
            InitiativeLaunched initiative = envelope.data();
            JsonNode created = postKnowingParticipants(centerUri(initiative.centerId(), "/initiatives"), "application/json",
                    requests.initiative(initiative, participantIds), 201, "initiative " + initiative.title(), "events");
            initiativeIds.put(initiative.initiativeId(), requiredText(created, "initiativeId", "initiative " + initiative.title()));
        }
        say("seed: initiatives created: " + initiativeIds.size());

        Map<UUID, String> eventIds = new ConcurrentHashMap<>();
        int total = network.events().size();
        AtomicInteger createdCount = new AtomicInteger();
        inParallel(singly(network.events()), envelope -> {
            EventScheduled event = envelope.data();
            JsonNode created = postKnowingParticipants(centerUri(event.centerId(), "/events"), "application/json",
                    requests.event(event, participantIds, initiativeIds), 201, "event " + event.title(), "events");
            eventIds.put(event.eventId(), requiredText(created, "eventId", "event " + event.title()));
            int count = createdCount.incrementAndGet();
            if (count % 25 == 0 && count < total) {
                say("seed: events created: " + count + "/" + total);
            }
        });
        say("seed: events created: " + eventIds.size() + "/" + total);
        for (Envelope<EventRescheduled> envelope : network.reschedules()) {
            EventRescheduled moved = envelope.data();
            http.post(centerUri(moved.centerId(), "/events/" + eventIds.get(moved.eventId()) + "/reschedule"), "application/json",
                    requests.reschedule(moved), 200);
        }
        say("seed: events rescheduled: " + network.reschedules().size());

        // the registrations of one event one after the other (each changes the event), events in parallel
        AtomicInteger registered = new AtomicInteger();
        Map<UUID, List<RegistrationMade>> byEvent = new LinkedHashMap<>();
        network.registrations().forEach(e -> byEvent.computeIfAbsent(e.data().eventId(), id -> new ArrayList<>()).add(e.data()));
        inParallel(byEvent.values(), registration -> {
            URI uri = centerUri(registration.centerId(), "/events/" + eventIds.get(registration.eventId()) + "/registrations");
            PlatformHttp.Response answer = postKnowingParticipantsAnyStatus(uri, requests.registration(registration.participantId(),
                    participantIds), "registration for event " + registration.eventId(), "events");
            if (answer.status() != 201 && answer.status() != 200) {
                PlatformHttp.expect(uri, answer, 201);
            }
            int count = registered.incrementAndGet();
            if (count % 250 == 0 || count == network.registrations().size()) {
                say("seed: registrations made: " + count + "/" + network.registrations().size());
            }
        });

        for (Envelope<EventCancelled> envelope : network.cancellations()) {
            EventCancelled cancelled = envelope.data();
            http.post(centerUri(cancelled.centerId(), "/events/" + eventIds.get(cancelled.eventId()) + "/cancel"), "application/json",
                    requests.cancellation(cancelled.reason()), 200);
            EventScheduled event = network.events().get(network.simulated().eventIndexOf(cancelled.eventId())).data();
            say("seed: event cancelled: " + event.title() + " at " + event.centerId() + " on " + event.startsAt());
        }

        long accepted = 0;
        long duplicate = 0;
        int posted = 0;
        int checkIns = network.checkIns().size();
        for (DemoRequests.CheckInBatch batch : requests.checkInBatches(network.checkIns(), participantIds, eventIds)) {
            JsonNode answer = postKnowingParticipants(centerUri(batch.centerId(), "/check-ins"), batch.format().contentType,
                    batch.body(), 200, "check-ins of " + batch.centerId(), "events");
            accepted += answer.path("accepted").asLong();
            duplicate += answer.path("duplicate").asLong();
            posted += batch.distinct();
            say("seed: check-ins posted: " + posted + "/" + checkIns + " (" + batch.centerId() + ", "
                    + batch.size() + " as " + batch.format().contentType + ")");
        }
        say("seed: check-ins accepted " + accepted + ", duplicate " + duplicate);

        if (assessmentsUrl == null) {
            say("seed: assessments skipped (no assessments service)");
        } else {
            seedAssessments(network, participantIds);
        }
        say(String.format(Locale.ROOT, "seed: fed through the public APIs in %.1f s", (System.nanoTime() - started) / 1e9));
    }

    /** Requests in flight at once: the services answer several at a time, and a demo seeds in a fraction of the time. */
    static final int PARALLEL_REQUESTS = 4;

    /**
     * Runs the task for every item, the items of one group one after the other, up to
     * {@link #PARALLEL_REQUESTS} groups at a time; the first failure stops the rest and is rethrown.
     */
    static <T> void inParallel(Collection<? extends List<T>> groups, Consumer<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_REQUESTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<T> group : groups) {
                running.add(pool.submit(() -> group.forEach(task)));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new PlatformHttp.PlatformHttpException("seeding failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new PlatformHttp.PlatformHttpException("Interrupted while seeding", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<List<T>> singly(List<T> items) {
        return items.stream().map(List::of).toList();
    }

    private static long passCount(DemoNetwork network) {
        return network.passes().stream().filter(e -> e.data() instanceof PassPurchased).count();
    }

    /**
     * Self-assessments on instrument version 1, whose items are read from the service (the
     * simulator answers version 1's items; an item it has no answer for is left out and said so),
     * then the centers' model check-ups.
     */
    private void seedAssessments(DemoNetwork network, Map<UUID, String> participantIds) {
        URI instrumentUri = assessmentsUrl.resolve("/api/instruments/subjectivity/1");
        PlatformHttp.Response instrumentAnswer = http.get(instrumentUri);
        DemoRequests.Instrument instrument = DemoRequests.Instrument.of(PlatformHttp.expect(instrumentUri, instrumentAnswer, 200));
        say("seed: instrument subjectivity v" + instrument.version() + ": " + instrument.items().size() + " items, answers "
                + instrument.answerMin() + ".." + instrument.answerMax());
        if (!network.selfAssessments().isEmpty()) {
            List<String> unanswered = instrument.unanswered(network.selfAssessments().getFirst());
            if (!unanswered.isEmpty()) {
                say("seed: WARNING the simulator has no answers for items " + unanswered + " of the service's instrument");
            }
        }

        // each participant's answers in the order given (first and latest), participants in parallel
        Map<UUID, Double> firstIndex = new ConcurrentHashMap<>();
        Map<UUID, Double> latestIndex = new ConcurrentHashMap<>();
        AtomicInteger posted = new AtomicInteger();
        int total = network.selfAssessments().size();
        Map<UUID, List<SelfAssessment>> byParticipant = new LinkedHashMap<>();
        network.selfAssessments().forEach(a -> byParticipant.computeIfAbsent(a.participantId(), id -> new ArrayList<>()).add(a));
        inParallel(byParticipant.values(), assessment -> {
            String participantId = participantIds.get(assessment.participantId());
            JsonNode view = postKnowingParticipants(
                    assessmentsUrl.resolve("/api/participants/" + participantId + "/subjectivity-assessments"), "application/json",
                    requests.selfAssessment(assessment, instrument), 201, "self-assessment " + assessment.assessmentId(), "assessments");
            double index = view.path("subjectivityIndex").asDouble(Double.NaN);
            if (!Double.isNaN(index)) {
                firstIndex.putIfAbsent(assessment.participantId(), index);
                latestIndex.put(assessment.participantId(), index);
            }
            int count = posted.incrementAndGet();
            if (count % 100 == 0 || count == total) {
                say("seed: self-assessments submitted: " + count + "/" + total);
            }
        });
        say("seed: self-assessments by " + firstIndex.size() + " participants: " + indexChange(firstIndex, latestIndex));

        for (Envelope<CenterModelAssessed> envelope : network.modelCheckups()) {
            CenterModelAssessed checkup = envelope.data();
            http.post(assessmentsUrl.resolve("/api/centers/" + checkup.centerId() + "/model-assessments"), "application/json",
                    requests.modelCheckup(checkup), 201);
        }
        say("seed: model check-ups submitted: " + network.modelCheckups().size() + " ("
                + network.modelCheckups().stream().map(Envelope::data).map(c -> c.centerId() + " " + c.assessorRole() + " "
                + c.assessedAt().atZone(ZoneOffset.UTC).getYear()).toList() + ")");
    }

    /** "mean SI first 45.1, latest 52.3; 71% improved": the services' own scores, as answered. */
    static <K> String indexChange(Map<K, Double> first, Map<K, Double> latest) {
        if (first.isEmpty()) {
            return "no subjectivity index in the answers";
        }
        double firstMean = first.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double latestMean = latest.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        long improved = first.keySet().stream().filter(key -> latest.get(key) > first.get(key)).count();
        return String.format(Locale.ROOT, "mean SI first %.1f, latest %.1f; %d%% improved", firstMean, latestMean,
                Math.round(100.0 * improved / first.size()));
    }

    /**
     * One line about the average participant's profile of the year, once reporting answers it
     * (briefly waiting for its count of participants to appear); a 404 means reporting does not offer it yet.
     */
    private void showProfile(URI profile, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String line = null;
        while (true) {
            PlatformHttp.Response response;
            try {
                response = http.get(profile);
            } catch (PlatformHttp.PlatformHttpException e) {
                say("profile: not available (" + e.getMessage() + ")");
                return;
            }
            if (response.status() == 404) {
                say("profile: profile not available yet (" + profile + " answered 404)");
                return;
            }
            if (response.status() == 200) {
                line = profileSummary(response.body());
                boolean empty = line.contains("(n=0)") || line.contains("SI mean ?");
                if (!empty || !Instant.now().isBefore(deadline)) {
                    say("profile: " + line + " (" + profile + ")");
                    return;
                }
            } else if (!Instant.now().isBefore(deadline)) {
                say("profile: " + profile + " answered " + response.status() + ": " + PlatformHttp.abbreviate(response.text()));
                return;
            }
            pause();
        }
    }

    /**
     * "SI mean 52.3 (n=143)" from a participant-profile report, wherever it keeps the subjectivity
     * index ({@code subjectivityIndex} or {@code si}, with {@code mean} and {@code n}); "SI suppressed"
     * when withheld; else the report's top-level scalar figures.
     */
    static String profileSummary(JsonNode report) {
        JsonNode index = findField(report, 0);
        if (index == null) {
            String figures = summary(report);
            return figures.isBlank() ? "answered, without a subjectivity index" : figures;
        }
        if (index.isString() && index.asString().toLowerCase(Locale.ROOT).contains("suppress")
                || index.path("suppressed").asBoolean(false)) {
            return "SI suppressed" + (index.path("n").isNumber() ? " (n=" + index.path("n").asString() + ")" : "");
        }
        JsonNode mean = index.isNumber() ? index : index.path("mean");
        String n = index.path("n").isNumber() ? index.path("n").asString() : findNumber(report, "n");
        StringJoiner line = new StringJoiner(" ");
        line.add("SI mean " + (mean.isNumber() ? String.format(Locale.ROOT, "%.1f", mean.asDouble()) : mean.asString("?")));
        if (n != null) {
            line.add("(n=" + n + ")");
        }
        return line.toString();
    }

    private static JsonNode findField(JsonNode node, int depth) {
        if (depth > 4 || !node.isObject()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String name = field.getKey();
            if (name.equalsIgnoreCase("subjectivityIndex") || name.equalsIgnoreCase("si")) {
                return field.getValue();
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode found = findField(field.getValue(), depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String findNumber(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isNumber() ? value.asString() : null;
    }

    /** Centers, participants, pass plans and passes; returns the service's participant ids by simulated id. */
    private Map<UUID, String> seedMemberships(DemoNetwork network) {
        for (Envelope<CenterRegistered> center : network.centers()) {
            http.post(membershipsUrl.resolve("/api/centers"), "application/json", requests.center(center.data()), 201);
        }
        say("seed: centers registered: " + network.centers().stream()
                .map(center -> center.data().centerId() + " (" + center.data().timezone() + ")").toList());

        Map<UUID, String> participantIds = new ConcurrentHashMap<>();
        AtomicInteger joinedCount = new AtomicInteger();
        inParallel(singly(network.participants()), participant -> {
            JsonNode joined = http.post(membershipsUrl.resolve("/api/participants"), "application/json",
                    requests.participant(participant), 201);
            participantIds.put(participant.participantId(), requiredText(joined, "participantId", "participant " + participant.number()));
            int count = joinedCount.incrementAndGet();
            if (count % 50 == 0 || count == network.participants().size()) {
                say("seed: participants joined: " + count + "/" + network.participants().size());
            }
        });

        Map<UUID, String> planIds = new HashMap<>();
        for (PassPlan plan : network.passPlans()) {
            JsonNode created = http.post(membershipsUrl.resolve("/api/centers/" + plan.centerId() + "/pass-plans"),
                    "application/json", requests.passPlan(plan), 201);
            planIds.put(plan.planId(), requiredText(created, "planId", "pass plan " + plan.centerId() + "/" + plan.tier()));
        }
        say("seed: pass plans created: " + planIds.size());

        Map<UUID, String> passIds = new HashMap<>();
        Map<UUID, String> passPaths = new HashMap<>();
        int sold = 0;
        int renewed = 0;
        int cancelled = 0;
        int refused = 0;
        for (Envelope<? extends DomainEvent> envelope : network.passes()) {
            switch (envelope.data()) {
                case PassPurchased purchase -> {
                    String participantPasses = "/api/participants/" + participantIds.get(purchase.participantId()) + "/passes";
                    JsonNode created = http.post(membershipsUrl.resolve(participantPasses), "application/json",
                            requests.passPurchase(purchase, planIds), 201);
                    passIds.put(purchase.passId(), requiredText(created, "passId", "pass " + purchase.passId()));
                    passPaths.put(purchase.passId(), participantPasses + "/" + passIds.get(purchase.passId()));
                    sold++;
                }
                case PassRenewed renewal -> {
                    if (changePass(passPaths.get(renewal.passId()) + "/renew", requests.passRenewal(renewal))) {
                        renewed++;
                    } else {
                        refused++;
                    }
                }
                case PassCancelled cancellation -> {
                    if (changePass(passPaths.get(cancellation.passId()) + "/cancel", requests.passCancellation(cancellation))) {
                        cancelled++;
                    } else {
                        refused++;
                    }
                }
                default -> {
                    // PassExpired: memberships announces expiry itself
                }
            }
        }
        say("seed: passes sold: " + sold + " (" + renewed + " renewals, " + cancelled + " cancelled with a refund"
                + (refused > 0 ? ", " + refused + " changes refused as the pass had expired meanwhile" : "") + ")");
        return participantIds;
    }

    /**
     * Renews or cancels a pass; false when memberships answers 409 because it expired the pass in the
     * moment between its purchase (dated in the past) and this change.
     */
    private boolean changePass(String path, String body) {
        URI uri = membershipsUrl.resolve(path);
        PlatformHttp.Response response = http.postAnyStatus(uri, "application/json", body);
        if (response.status() == 409) {
            return false;
        }
        PlatformHttp.expect(uri, response, 200);
        return true;
    }

    /**
     * POSTs to a service that knows participants from its replica of the participants topic (events,
     * assessments); while it answers 422 naming only participants (the replica has not caught up yet), retries with a backoff from 100 ms to 2 s,
     * for at most {@link #participantsTimeout}, saying so every few seconds.
     */
    private JsonNode postKnowingParticipants(URI uri, String contentType, String body, int expectedStatus, String what,
                                             String service) {
        return PlatformHttp.expect(uri, postKnowingParticipants(uri, contentType, body, what, service), expectedStatus);
    }

    private PlatformHttp.Response postKnowingParticipantsAnyStatus(URI uri, String body, String what, String service) {
        return postKnowingParticipants(uri, "application/json", body, what, service);
    }

    private PlatformHttp.Response postKnowingParticipants(URI uri, String contentType, String body, String what, String service) {
        Instant started = Instant.now();
        Instant deadline = started.plus(participantsTimeout);
        Instant nextReport = started;
        long backoffMillis = 100;
        int retries = 0;
        while (true) {
            PlatformHttp.Response response = http.postAnyStatus(uri, contentType, body);
            if (!refusesOnlyUnknownParticipants(response)) {
                if (retries > 0) {
                    say("seed: the " + service + " service accepted the participants of " + what + " after " + retries + " retries ("
                            + Duration.between(started, Instant.now()).toMillis() + " ms)");
                }
                return response;
            }
            if (!Instant.now().isBefore(deadline)) {
                throw new PlatformHttp.PlatformHttpException("The " + service + " service still does not know the participants of " + what
                        + " " + participantsTimeout.toSeconds() + " s after they joined (is it consuming memberships.participants.v1?): "
                        + PlatformHttp.abbreviate(response.text()));
            }
            if (!Instant.now().isBefore(nextReport)) {
                say("seed: the " + service + " service does not know every participant of " + what + " yet (" + unknownCount(response)
                        + "); retrying for up to " + participantsTimeout.toSeconds() + " s");
                nextReport = Instant.now().plusSeconds(5);
            }
            sleep(backoffMillis);
            backoffMillis = Math.min(backoffMillis * 2, 2000);
            retries++;
        }
    }

    /** A 422 whose every named field is a participant reference: worth retrying once the replica catches up. */
    static boolean refusesOnlyUnknownParticipants(PlatformHttp.Response response) {
        if (response.status() != 422) {
            return false;
        }
        JsonNode problem = response.body();
        Set<String> fields = new HashSet<>();
        if (problem.path("field").isString()) {
            fields.add(problem.path("field").asString());
        }
        for (JsonNode error : problem.path("errors")) {
            if (error.path("field").isString()) {
                fields.add(error.path("field").asString());
            }
        }
        if (fields.isEmpty()) {
            String text = (problem.path("detail").asString("") + " " + problem.path("title").asString("")).toLowerCase(Locale.ROOT);
            return text.contains("participant");
        }
        return PARTICIPANT_FIELDS.containsAll(fields);
    }

    private static String unknownCount(PlatformHttp.Response response) {
        JsonNode errors = response.body().path("errors");
        String detail = response.body().path("detail").asString("");
        if (!detail.isBlank()) {
            return PlatformHttp.abbreviate(detail);
        }
        return errors.size() + " refused";
    }

    /**
     * Waits until the report counts attendances (the projection catches up in steps), then on
     * until it counts all the seeded ones, and prints its figures next to the seeded count.
     */
    private boolean reportShowsAttendances(URI report, long seededAttendances, long seededNewcomers, Duration timeout) {
        String seeded = " (seeded, counting participants with research consent: attendances=" + seededAttendances
                + " newParticipants=" + seededNewcomers + ")";
        say("report: waiting for attendances at " + report + " (up to " + timeout.toSeconds() + " s)");
        Instant deadline = Instant.now().plus(timeout);
        String lastSeen = "no answer";
        JsonNode latest = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                PlatformHttp.Response response = http.get(report);
                lastSeen = "status " + response.status();
                JsonNode network = withNewParticipants(response.body());
                if (response.status() == 200 && network.path("attendances").asLong() > 0) {
                    latest = network;
                    if (network.path("attendances").asLong() >= seededAttendances) {
                        say("report: " + summary(network) + seeded);
                        return true;
                    }
                }
            } catch (PlatformHttp.PlatformHttpException e) {
                lastSeen = e.getMessage();
            }
            pause();
        }
        if (latest != null) {
            say("report: " + summary(latest) + seeded + ", still catching up after " + timeout.toSeconds() + " s");
            return true;
        }
        System.err.println("report: WARNING no attendances in " + report + " after " + timeout.toSeconds()
                + " s (last: " + lastSeen + ")");
        return false;
    }

    /**
     * The report's network section, with {@code newParticipants} copied in when the report has it
     * elsewhere (top level or another section such as a membership one); reports without it are
     * taken as they are.
     */
    static JsonNode withNewParticipants(JsonNode report) {
        JsonNode network = report.path("network");
        JsonNode newParticipants = report.path("newParticipants");
        if (!newParticipants.isValueNode()) {
            for (Map.Entry<String, JsonNode> section : report.properties()) {
                if (section.getValue().path("newParticipants").isValueNode()) {
                    newParticipants = section.getValue().path("newParticipants");
                    break;
                }
            }
        }
        if (network.isObject() && !network.has("newParticipants") && newParticipants.isValueNode()) {
            tools.jackson.databind.node.ObjectNode copy = ((tools.jackson.databind.node.ObjectNode) network).deepCopy();
            copy.set("newParticipants", newParticipants);
            return copy;
        }
        return network;
    }

    /** "attendances=4321 participants=287 …": every scalar figure of the network section (newParticipants too, when there). */
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
        sleep(1000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformHttp.PlatformHttpException("Interrupted while waiting", e);
        }
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static synchronized void say(String line) {
        System.out.println(line);
    }
}
