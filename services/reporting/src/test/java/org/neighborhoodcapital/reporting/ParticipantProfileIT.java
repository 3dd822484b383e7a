package org.neighborhoodcapital.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.neighborhoodcapital.reporting.NetworkFacts.aCenter;
import static org.neighborhoodcapital.reporting.NetworkFacts.aStaffEvent;
import static org.neighborhoodcapital.reporting.NetworkFacts.bought;
import static org.neighborhoodcapital.reporting.NetworkFacts.cancelled;
import static org.neighborhoodcapital.reporting.NetworkFacts.checkIn;
import static org.neighborhoodcapital.reporting.NetworkFacts.erased;
import static org.neighborhoodcapital.reporting.NetworkFacts.joined;
import static org.neighborhoodcapital.reporting.NetworkFacts.stepped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.CenterModelAssessed;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
import org.neighborhoodcapital.contracts.assessments.SubjectivityAssessed;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.neighborhoodcapital.testsupport.security.TestTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The participant profile and the model check-ups end to end: a generated cohort (210 participants in five
 * centers, two of them small, 2–4 self-assessments each over 2061–2062, some erased, some without consent)
 * published straight to the topics; the profile of 2062 over HTTP must equal an independent computation
 * written here, withhold every small cell, and know nothing of erased participants.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ParticipantProfileIT {

    private static final Logger log = LoggerFactory.getLogger(ParticipantProfileIT.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int YEAR = 2062;
    private static final int K = 5;
    private static final List<String> DIMENSIONS =
            List.of("BELONGING", "AGENCY", "RESPONSIBILITY", "COOPERATION", "INITIATIVE", "LEADERSHIP", "OPENNESS");
    private static final String SI = "subjectivityIndex";
    private static final Map<String, ZoneId> CENTERS = new LinkedHashMap<>();
    private static final Map<String, Integer> SIZES = new LinkedHashMap<>();

    static {
        CENTERS.put("pp-big-moscow", ZoneId.of("Europe/Moscow"));
        CENTERS.put("pp-big-newyork", ZoneId.of("America/New_York"));
        CENTERS.put("pp-big-utc", ZoneId.of("UTC"));
        CENTERS.put("pp-small-tokyo", ZoneId.of("Asia/Tokyo"));
        CENTERS.put("pp-small-berlin", ZoneId.of("Europe/Berlin"));
        SIZES.put("pp-big-moscow", 70);
        SIZES.put("pp-big-newyork", 70);
        SIZES.put("pp-big-utc", 60);
        SIZES.put("pp-small-tokyo", 3);
        SIZES.put("pp-small-berlin", 7);
    }

    private static FactPublisher publisher;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        publisher = new FactPublisher(TestInfrastructure.kafkaBootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        publisher.close();
    }

    /** One self-assessment of the generated cohort. */
    record Scored(UUID id, Instant at, Map<String, Double> scores, Double si) {
        /** Chronological; answers given at the same instant are ordered by assessment id (as the report settles it). */
        static final Comparator<Scored> ORDER = Comparator.comparing(Scored::at).thenComparing(s -> s.id().toString());

        Double score(String key) {
            return SI.equals(key) ? si : scores.get(key);
        }
    }

    /** One participant of the generated cohort, with what the expectation needs. */
    static final class Person {
        final UUID id = UUID.randomUUID();
        String home;
        Instant joinedAt;
        boolean excluded;
        final List<Scored> assessments = new ArrayList<>();
        int attendancesInYear;
        FunnelStage stageAtYearEnd = FunnelStage.NEIGHBOR;
        boolean activePass;

        ZoneId zone() {
            return CENTERS.get(home);
        }

        Scored latestInYear() {
            return assessments.stream().filter(a -> LocalDate.ofInstant(a.at(), zone()).getYear() == YEAR)
                    .max(Scored.ORDER).orElse(null);
        }

        Scored first() {
            return assessments.stream().min(Scored.ORDER).orElseThrow();
        }

        boolean inProfile() {
            return !excluded && (latestInYear() != null || attendancesInYear > 0);
        }

        Double change(String key) {
            Scored latest = latestInYear();
            if (latest == null || !first().at().isBefore(latest.at()) || latest.score(key) == null || first().score(key) == null) {
                return null;
            }
            return latest.score(key) - first().score(key);
        }
    }

    @Test
    void theProfileOfAGeneratedCohortEqualsAnIndependentComputationWithSmallCellsWithheldAndErasedParticipantsGone() throws Exception {
        Random random = new Random(20620101L);
        List<DomainEvent> facts = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Set<UUID> erasedIds = new HashSet<>();
        int index = 0;
        for (Map.Entry<String, ZoneId> center : CENTERS.entrySet()) {
            facts.add(aCenter(center.getKey(), center.getValue().getId()));
            List<Person> members = new ArrayList<>();
            for (int i = 0; i < SIZES.get(center.getKey()); i++, index++) {
                Person p = new Person();
                p.home = center.getKey();
                p.joinedAt = Instant.parse("2060-01-01T12:00:00Z").plus(Duration.ofDays(random.nextInt(365)));
                boolean consent = index % 23 != 7;
                boolean erase = index % 17 == 5;
                p.excluded = !consent || erase;
                facts.add(joined(p.id, p.home, p.joinedAt.toString(), consent));
                if (erase) {
                    erasedIds.add(p.id);
                }
                int count = 2 + random.nextInt(3);
                for (int a = 0; a < count; a++) {
                    Instant at = Instant.parse("2061-01-01T12:00:00Z").plus(Duration.ofDays(random.nextInt(730)));
                    if (p.home.equals("pp-big-newyork") && a == count - 1 && index % 10 == 0) {
                        at = Instant.parse("2063-01-01T03:00:00Z"); // Dec 31 2062, 22:00 in New York: in the year
                    }
                    p.assessments.add(assessment(p, at, random, facts));
                }
                if (index % 4 == 1) {
                    facts.add(stepped(p.id, p.home, FunnelStage.NEIGHBOR, FunnelStage.PARTICIPANT, "2062-05-01T12:00:00Z"));
                    p.stageAtYearEnd = FunnelStage.PARTICIPANT;
                } else if (index % 8 == 3) {
                    facts.add(stepped(p.id, p.home, FunnelStage.NEIGHBOR, FunnelStage.INITIATOR, "2061-03-01T12:00:00Z"));
                    p.stageAtYearEnd = FunnelStage.INITIATOR;
                } else if (index % 13 == 0) {
                    facts.add(stepped(p.id, p.home, FunnelStage.NEIGHBOR, FunnelStage.LEADER, "2063-02-01T12:00:00Z"));
                }
                if (index % 5 == 0) {
                    facts.add(bought(UUID.randomUUID(), p.id, p.home, 1500, "2062-06-01T12:00:00Z", "2063-06-01T12:00:00Z"));
                    p.activePass = true;
                } else if (index % 7 == 0) {
                    facts.add(bought(UUID.randomUUID(), p.id, p.home, 1500, "2061-01-01T12:00:00Z", "2062-01-01T12:00:00Z"));
                }
                members.add(p);
                people.add(p);
            }
            for (int e = 0; e < 15; e++) {
                UUID event = UUID.randomUUID();
                int year = e < 12 ? YEAR : YEAR - 1;
                facts.add(aStaffEvent(event, center.getKey(), String.format("%d-%02d-%02dT12:00:00Z", year, 1 + e % 12, 1 + random.nextInt(28))));
                for (Person p : members) {
                    if (random.nextInt(10) < 3) {
                        facts.add(checkIn(event, center.getKey(), p.id, String.format("%d-%02d-15T12:00:00Z", year, 1 + e % 12)));
                        if (year == YEAR) {
                            p.attendancesInYear++;
                        }
                    }
                }
            }
            UUID cancelledEvent = UUID.randomUUID();
            facts.add(aStaffEvent(cancelledEvent, center.getKey(), "2062-07-07T12:00:00Z"));
            members.forEach(p -> facts.add(checkIn(cancelledEvent, center.getKey(), p.id, "2062-07-07T12:00:00Z")));
            facts.add(cancelled(cancelledEvent, center.getKey(), 2));
        }
        erasedIds.forEach(id -> facts.add(erased(id, "2062-09-09T12:00:00Z")));
        List<Integer> reference = List.of(-2, -2, -2, -2, -2, -2, -2, -2, 0, -2);
        facts.add(checkup("pp-big-moscow", "2062-02-01T12:00:00Z", Collections.nCopies(10, -3)));
        facts.add(checkup("pp-big-moscow", "2062-11-01T12:00:00Z", reference));
        facts.add(checkup("pp-big-newyork", "2062-03-01T12:00:00Z", Collections.nCopies(10, 3)));
        facts.add(checkup("pp-big-utc", "2061-03-01T12:00:00Z", reference));

        long started = System.nanoTime();
        publisher.publish(facts.toArray(DomainEvent[]::new));
        publisher.flush();
        log.info("Published {} facts for {} participants in {} ms", facts.size(), people.size(), (System.nanoTime() - started) / 1_000_000);

        List<Person> profiled = people.stream().filter(Person::inProfile).toList();
        // Records arrive in several batches: wait until the whole profile equals the computation.
        await().atMost(PATIENCE).untilAsserted(() -> assertProfile(get("/api/reports/participant-profile/" + YEAR).get("network"),
                profiled, key -> false, key -> false, false, true));
        log.info("Profile ready {} ms after publishing started", (System.nanoTime() - started) / 1_000_000);
        assertProfileOfTheYear(get("/api/reports/participant-profile/" + YEAR), profiled);

        // Erased participants are gone from the projection too; nothing about them is left to count.
        assertThat(mongo.getCollection("subjectivityAssessments")
                .countDocuments(Filters.in("participantId", erasedIds.stream().map(UUID::toString).toList()))).isZero();
        assertThat(erasedIds).isNotEmpty();

        // The impact report of the year: model alignment of each center's latest check-up in the year, and the benchmark.
        JsonNode impact = get("/api/reports/impact/" + YEAR);
        Map<String, JsonNode> centers = new TreeMap<>();
        impact.get("centers").forEach(c -> centers.put(c.get("centerId").asString(), c));
        assertThat(centers.get("pp-big-moscow").get("modelAlignment").asDouble()).isEqualTo(1.0);
        assertThat(centers.get("pp-big-newyork").get("modelAlignment").asDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(centers.get("pp-big-utc").get("modelAlignment").isNull()).isTrue();
        JsonNode positions = impact.get("network").get("meanModelPositions");
        for (int i = 0; i < 10; i++) {
            assertThat(positions.get(i).asDouble()).isCloseTo((reference.get(i) + 3) / 2.0, within(1e-12));
        }
        JsonNode benchmark = impact.get("network").get("benchmark");
        assertThat(benchmark.get("modelAlignment").get("median").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(benchmark.get("modelAlignment").get("q1").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(benchmark.get("modelAlignment").get("q3").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(benchmark.get("eventsHeld").get("median").asDouble()).isEqualTo(12.0);
        assertThat(benchmark.has("selfSufficiency") && benchmark.get("selfSufficiency").isNull()).as("no center has a budget").isTrue();
        assertThat(benchmark.get("eventsHeld").get("q1").asDouble()).isEqualTo(12.0);
        assertThat(centers.get("pp-big-moscow").get("eventsHeld").asLong()).isEqualTo(12);
    }

    private static void assertProfileOfTheYear(JsonNode profile, List<Person> profiled) {
        assertThat(profile.get("suppressionK").asInt()).isEqualTo(K);
        assertProfile(profile.get("network"), profiled, key -> false, key -> false, false, true);

        // Home centers: tokyo (<= 3 participants) is withheld, berlin (the next smallest) with it; the big ones equal the computation.
        JsonNode homes = profile.get("byHomeCenter");
        assertThat(homes.get("pp-small-tokyo").toString()).isEqualTo(SUPPRESSED);
        assertThat(homes.get("pp-small-berlin").toString()).isEqualTo(SUPPRESSED);
        Map<String, List<Person>> byHome = new TreeMap<>();
        CENTERS.keySet().forEach(center -> byHome.put(center, profiled.stream().filter(p -> p.home.equals(center)).toList()));
        assertBreakdown(homes, byHome);
        // Funnel stages at the end of the year: LEADER (reached only after the year) is empty and shown.
        JsonNode stages = profile.get("byFunnelStage");
        Map<String, List<Person>> byStage = new TreeMap<>();
        for (FunnelStage stage : FunnelStage.values()) {
            byStage.put(stage.name(), profiled.stream().filter(p -> p.stageAtYearEnd == stage).toList());
        }
        assertBreakdown(stages, byStage);
        assertThat(stages.get("LEADER").get("participants").asLong()).isZero();

        assertOutcome(profile.get("participationOutcome"), profiled);
    }

    private static DomainEvent checkup(String center, String at, List<Integer> positions) {
        return new CenterModelAssessed(UUID.randomUUID(), center, OrganizationType.CENTER, AssessorRole.SELF, Instant.parse(at), positions);
    }

    /** Scores as the instrument gives them (multiples of 100/12 here); now and then a dimension left out. */
    private static Scored assessment(Person p, Instant at, Random random, List<DomainEvent> facts) {
        Map<String, Double> scores = new LinkedHashMap<>();
        int skipped = random.nextInt(10) == 0 ? random.nextInt(DIMENSIONS.size()) : -1;
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            if (d != skipped) {
                scores.put(DIMENSIONS.get(d), random.nextInt(13) * 100.0 / 12);
            }
        }
        double si = scores.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        UUID id = UUID.randomUUID();
        facts.add(new SubjectivityAssessed(id, p.id, "1", at, scores, si));
        return new Scored(id, at, scores, si);
    }

    // ---- the independent computation -------------------------------------------------------------------

    private static final String SUPPRESSED = "{\"suppressed\":true}";

    private static List<String> figureKeys() {
        List<String> keys = new ArrayList<>(DIMENSIONS);
        keys.add(SI);
        return keys;
    }

    /**
     * A breakdown: cells over fewer than k withheld (a lone one with the next smallest), then each figure across
     * the cells the same way (a withheld cell counts as withheld for every figure it has participants for).
     */
    private static void assertBreakdown(JsonNode actual, Map<String, List<Person>> groups) {
        Map<String, Long> sizes = new TreeMap<>();
        groups.forEach((cell, members) -> sizes.put(cell, (long) members.size()));
        Set<String> cellsWithheld = withheld(sizes, Set.of());
        Map<String, Set<String>> scoresWithheld = new LinkedHashMap<>();
        Map<String, Set<String>> changesWithheld = new LinkedHashMap<>();
        for (String key : figureKeys()) {
            Map<String, Long> scored = new TreeMap<>();
            Map<String, Long> changed = new TreeMap<>();
            groups.forEach((cell, members) -> {
                scored.put(cell, members.stream().map(Person::latestInYear).filter(a -> a != null && a.score(key) != null).count());
                changed.put(cell, members.stream().filter(p -> p.change(key) != null).count());
            });
            scoresWithheld.put(key, withheld(scored, cellsWithheld));
            changesWithheld.put(key, withheld(changed, cellsWithheld));
        }
        Map<String, Long> active = new TreeMap<>();
        groups.forEach((cell, members) -> active.put(cell, members.stream().filter(p -> p.attendancesInYear > 0).count()));
        Set<String> engagementWithheld = withheld(active, cellsWithheld);
        groups.forEach((cell, members) -> {
            if (cellsWithheld.contains(cell)) {
                assertThat(actual.get(cell).toString()).as(cell).isEqualTo(SUPPRESSED);
            } else {
                assertProfile(actual.get(cell), members, key -> scoresWithheld.get(key).contains(cell),
                        key -> changesWithheld.get(key).contains(cell), engagementWithheld.contains(cell), false);
            }
        });
    }

    /**
     * One profile. {@code exactFunnel}: the funnel counts are one breakdown (the network's); in a breakdown cell they are
     * also a column of a table across cells, so there a count may be withheld as a complement — but never a small one shown.
     */
    private static void assertProfile(JsonNode actual, List<Person> group, Function<String, Boolean> scoreComplement,
                                      Function<String, Boolean> changeComplement, boolean engagementWithheld, boolean exactFunnel) {
        assertThat(actual.get("participants").asLong()).as("participants").isEqualTo(group.size());
        for (String key : figureKeys()) {
            JsonNode score = key.equals(SI) ? actual.get("subjectivity").get(SI) : actual.get("subjectivity").get("dimensions").get(key);
            double[] latest = group.stream().map(Person::latestInYear).filter(a -> a != null && a.score(key) != null)
                    .mapToDouble(a -> a.score(key)).toArray();
            assertStat(score, latest, key, scoreComplement.apply(key));
            JsonNode change = key.equals(SI) ? actual.get("change").get(SI) : actual.get("change").get("dimensions").get(key);
            double[] changes = group.stream().map(p -> p.change(key)).filter(c -> c != null).mapToDouble(Double::doubleValue).toArray();
            assertStat(change, changes, "change " + key, changeComplement.apply(key));
            if (changes.length >= K && !changeComplement.apply(key)) {
                assertThat(change.get("shareImproved").asDouble()).isCloseTo(Arrays.stream(changes).filter(c -> c > 0).count() / (double) changes.length, within(1e-12));
                assertThat(change.get("shareDeclined").asDouble()).isCloseTo(Arrays.stream(changes).filter(c -> c < 0).count() / (double) changes.length, within(1e-12));
            }
        }
        List<Person> active = group.stream().filter(p -> p.attendancesInYear > 0).toList();
        JsonNode engagement = actual.get("engagement");
        if (engagementWithheld) {
            assertThat(engagement.toString()).isEqualTo(SUPPRESSED);
            return;
        }
        assertThat(engagement.get("n").asLong()).isEqualTo(active.size());
        if (active.isEmpty()) {
            assertThat(engagement.get("meanAttendances").isNull()).isTrue();
            return;
        }
        double[] attended = active.stream().mapToDouble(p -> p.attendancesInYear).toArray();
        assertThat(engagement.get("meanAttendances").asDouble()).isCloseTo(mean(attended), within(1e-9));
        double[] sorted = attended.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        assertThat(engagement.get("medianAttendances").asDouble()).isEqualTo(median);
        double[] tenure = active.stream().mapToDouble(p -> ChronoUnit.DAYS.between(LocalDate.ofInstant(p.joinedAt, p.zone()),
                LocalDate.of(YEAR + 1, 1, 1)) / 30.4375).toArray();
        assertThat(engagement.get("meanTenureMonths").asDouble()).isCloseTo(mean(tenure), within(1e-9));
        assertThat(engagement.get("activePassShare").asDouble())
                .isCloseTo(active.stream().filter(p -> p.activePass).count() / (double) active.size(), within(1e-12));
        Map<String, Long> funnel = new LinkedHashMap<>();
        for (FunnelStage stage : FunnelStage.values()) {
            funnel.put(stage.name(), active.stream().filter(p -> p.stageAtYearEnd == stage).count());
        }
        Set<String> withheld = withheld(funnel, Set.of());
        funnel.forEach((stage, n) -> {
            JsonNode cell = engagement.get("funnel").get(stage);
            if (withheld.contains(stage) || (!exactFunnel && cell.isObject())) {
                assertThat(cell.toString()).as("funnel " + stage).isEqualTo(SUPPRESSED);
                assertThat(exactFunnel || n > 0).as("an empty cell is shown").isTrue();
            } else {
                assertThat(cell.isNumber()).as("funnel " + stage + " " + cell).isTrue();
                assertThat(cell.asLong()).as("funnel " + stage).isEqualTo(n);
            }
        });
    }

    /** A figure over fewer than k participants is withheld; otherwise mean, sample SD and 95% CI as computed here. */
    private static void assertStat(JsonNode actual, double[] values, String what, boolean complement) {
        if (values.length > 0 && (values.length < K || complement)) {
            assertThat(actual.toString()).as(what).isEqualTo(SUPPRESSED);
            return;
        }
        assertThat(actual.isObject() && actual.has("n")).as(what + " " + actual).isTrue();
        assertThat(actual.get("n").asLong()).as(what).isEqualTo(values.length);
        if (values.length == 0) {
            assertThat(actual.get("mean") == null || actual.get("mean").isNull()).as(what).isTrue();
            return;
        }
        double mean = mean(values);
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (values.length - 1));
        assertThat(actual.get("mean").asDouble()).as(what).isCloseTo(mean, within(1e-9));
        assertThat(actual.get("sd").asDouble()).as(what).isCloseTo(sd, within(1e-9));
        assertThat(actual.get("ciLow").asDouble()).as(what).isCloseTo(mean - 1.96 * sd / Math.sqrt(values.length), within(1e-9));
        assertThat(actual.get("ciHigh").asDouble()).as(what).isCloseTo(mean + 1.96 * sd / Math.sqrt(values.length), within(1e-9));
    }

    private static void assertOutcome(JsonNode actual, List<Person> profiled) {
        List<Person> changed = profiled.stream().filter(p -> p.change(SI) != null).toList();
        assertThat(changed.size()).isGreaterThanOrEqualTo(K);
        assertThat(actual.get("n").asLong()).isEqualTo(changed.size());
        double[] attended = changed.stream().mapToDouble(p -> p.attendancesInYear).sorted().toArray();
        Function<Double, Double> quantile = q -> {
            double h = (attended.length - 1) * q;
            int low = (int) Math.floor(h);
            return low + 1 >= attended.length ? attended[attended.length - 1] : attended[low] + (h - low) * (attended[low + 1] - attended[low]);
        };
        double q1 = quantile.apply(0.25);
        double q2 = quantile.apply(0.5);
        double q3 = quantile.apply(0.75);
        assertThat(actual.get("quartiles").get("q1").asDouble()).isEqualTo(q1);
        assertThat(actual.get("quartiles").get("q2").asDouble()).isEqualTo(q2);
        assertThat(actual.get("quartiles").get("q3").asDouble()).isEqualTo(q3);
        Map<String, List<Double>> groups = new LinkedHashMap<>();
        List.of("<=Q1", "(Q1,Q2]", "(Q2,Q3]", ">Q3").forEach(g -> groups.put(g, new ArrayList<>()));
        for (Person p : changed) {
            int a = p.attendancesInYear;
            String group = a <= q1 ? "<=Q1" : a <= q2 ? "(Q1,Q2]" : a <= q3 ? "(Q2,Q3]" : ">Q3";
            groups.get(group).add(p.change(SI));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        groups.forEach((g, values) -> counts.put(g, (long) values.size()));
        Set<String> withheld = withheld(counts, Set.of());
        groups.forEach((g, values) -> {
            JsonNode cell = actual.get("groups").get(g);
            if (withheld.contains(g)) {
                assertThat(cell.toString()).as(g).isEqualTo(SUPPRESSED);
            } else {
                assertThat(cell.get("n").asLong()).as(g).isEqualTo(values.size());
                if (!values.isEmpty()) {
                    assertThat(cell.get("meanSiChange").asDouble()).as(g)
                            .isCloseTo(mean(values.stream().mapToDouble(Double::doubleValue).toArray()), within(1e-9));
                }
            }
        });
    }

    /**
     * Cells of a breakdown with a shown total: 1..k−1 (or withheld already) withheld; a lone one takes the smallest
     * other non-empty cell with it.
     */
    private static Set<String> withheld(Map<String, Long> counts, Set<String> already) {
        Set<String> small = new HashSet<>();
        counts.forEach((cell, n) -> {
            if (n > 0 && (n < K || already.contains(cell))) {
                small.add(cell);
            }
        });
        if (small.size() == 1) {
            counts.entrySet().stream().filter(e -> e.getValue() > 0 && !small.contains(e.getKey()))
                    .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(e -> small.add(e.getKey()));
        }
        return small;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).sum() / values.length;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + TestTokens.networkAdmin()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return EnvelopeCodec.mapper().readTree(response.body());
    }
}
