package org.neighborhoodcapital.memberships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.center;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.newCenterId;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.plan;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.resident;
import static org.neighborhoodcapital.memberships.fixtures.Bodies.with;
import static org.neighborhoodcapital.testsupport.Published.about;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.contracts.Sources;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventFormat;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.contracts.events.InitiativeType;
import org.neighborhoodcapital.contracts.events.Organizer;
import org.neighborhoodcapital.contracts.memberships.CenterRegistered;
import org.neighborhoodcapital.contracts.memberships.ConsentChanged;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.contracts.memberships.FunnelStageChanged;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.contracts.memberships.PassCancelled;
import org.neighborhoodcapital.contracts.memberships.PassExpired;
import org.neighborhoodcapital.contracts.memberships.PassPurchased;
import org.neighborhoodcapital.contracts.memberships.PassRenewed;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.memberships.common.metrics.MembershipsMetrics;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.http.Api.Answer;
import org.neighborhoodcapital.testsupport.Published;
import org.neighborhoodcapital.memberships.funnel.persistence.FunnelActivityRepository;
import org.neighborhoodcapital.memberships.pass.application.PassExpiry;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The memberships service over HTTP and Kafka against a real broker and MongoDB-wire store, one
 * Spring context for all nested classes. Each test works in a center of its own, so that tests do
 * not see each other's records or counters. The expiry loop of this instance is off (the expiry
 * test runs the job itself, from several threads and a second instance); the funnel re-check loop
 * runs every 300 ms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nc.memberships.personal-data-key=" + MembershipsServiceIT.KEY,
        "nc.memberships.passes.expiry-enabled=false",
        "nc.memberships.funnel.recheck-interval=300ms"})
@RealInfrastructure
class MembershipsServiceIT {

    /** A key for tests only; the service has no default key. */
    static final String KEY = "J2y5c3VwZXItc2VjcmV0LXRlc3Qta2V5LTMyLWJ5dGU=";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    PassExpiry expiry;

    @Value("${spring.mongodb.uri}")
    String mongoUri;

    @Value("${spring.mongodb.database}")
    String database;

    Api api;
    String center;

    @BeforeEach
    void aCenterOfItsOwn() {
        api = new Api(port);
        center = newCenterId();
        Answer registered = api.post("/api/centers", center(center));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    // ---------------------------------------------------------------- helpers

    UUID join(Map<String, Object> body) {
        Answer joined = api.post("/api/participants", body);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        return UUID.fromString(joined.get("participantId"));
    }

    UUID joinResident() {
        return join(resident(center));
    }

    UUID createPlan(Map<String, Object> body) {
        Answer created = api.post("/api/centers/" + center + "/pass-plans", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.get("planId"));
    }

    Answer buy(UUID participant, UUID plan, String purchasedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", plan.toString());
        if (purchasedAt != null) {
            body.put("purchasedAt", purchasedAt);
        }
        return api.post("/api/participants/" + participant + "/passes", body);
    }

    UUID bought(UUID participant, UUID plan, String purchasedAt) {
        Answer answer = buy(participant, plan, purchasedAt);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return UUID.fromString(answer.get("passId"));
    }

    static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.field()).as(answer.toString()).isEqualTo(field);
    }

    double counter(String name, String... tags) {
        Counter counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    long count(String collection) {
        return mongo.getCollection(collection).countDocuments();
    }

    /** Every document of every collection of the service's database, as extended JSON. */
    List<String> everythingStored() {
        List<String> documents = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                documents.add(collection + " " + document.toJson());
            }
        }
        return documents;
    }

    static List<FunnelStageChanged> funnelOf(UUID participant, int atLeast) {
        return Published.await(Topics.MEMBERSHIPS_FUNNEL, about(participant), found -> found.size() >= atLeast).stream()
                .map(r -> (FunnelStageChanged) r.data()).toList();
    }

    static List<FunnelStageChanged> funnelNow(UUID participant) {
        return Published.now(Topics.MEMBERSHIPS_FUNNEL, about(participant)).stream().map(r -> (FunnelStageChanged) r.data()).toList();
    }

    Envelope<AttendanceRecorded> attendance(UUID event, UUID participant, String at) {
        AttendanceRecorded fact = new AttendanceRecorded(event, center, participant, Instant.parse(at));
        return Envelope.withId(fact.occurrenceId(), Sources.EVENTS, fact.checkedInAt(), event.toString(), fact);
    }

    Envelope<EventScheduled> scheduled(UUID event, String startsAt, Organizer organizer, UUID initiative) {
        Instant starts = Instant.parse(startsAt);
        return Envelope.of(Sources.EVENTS, starts, event.toString(), new EventScheduled(event, center, "Evening " + event, EventFormat.MEETING,
                starts, starts.plus(2, ChronoUnit.HOURS), 30, organizer, 0, "RUB", initiative, 1));
    }

    // ---------------------------------------------------------------- centers

    @Nested
    class Centers {

        @Test
        void registeringAndEveryUpdatePublishCenterRegisteredKeyedByTheCenter() {
            String id = newCenterId();
            Answer registered = api.post("/api/centers", center(id));
            Map<String, Object> renamed = with(with(center(id), "name", "North Yard Commons"), "operatingBudget",
                    Map.of("amountMinor", 900_000_00L, "currency", "RUB"));
            Answer updated = api.put("/api/centers/" + id, with(renamed, "id", null));

            assertThat(registered.status()).isEqualTo(201);
            assertThat(registered.location()).endsWith("/api/centers/" + id);
            assertThat(registered.json().get("timezone").asString()).isEqualTo("Europe/Moscow");
            assertThat(registered.json().get("operatingBudget").get("amountMinor").asLong()).isEqualTo(1_200_000_00L);
            assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
            assertThat(api.get("/api/centers/" + id).json().get("name").asString()).isEqualTo("North Yard Commons");
            assertThat(api.get("/api/centers").json().findValuesAsString("id")).contains(id, center);

            List<Published.Record> records = Published.await(Topics.MEMBERSHIPS_CENTERS, about(id), found -> found.size() >= 2);
            assertThat(records).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo(id);
                assertThat(r.envelope().source()).isEqualTo(Sources.MEMBERSHIPS);
                assertThat(r.envelope().type()).isEqualTo("nc.memberships.CenterRegistered.v1");
            });
            assertThat(records).extracting(r -> ((CenterRegistered) r.data()).name()).containsExactly("North Yard", "North Yard Commons");
            assertThat(((CenterRegistered) records.getLast().data()).operatingBudget()).isEqualTo(new Money(900_000_00L, "RUB"));
            assertThat(((CenterRegistered) records.getLast().data()).timezone()).isEqualTo("Europe/Moscow");
        }

        @Test
        void anUnknownCenterIsNotFound() {
            assertProblem(api.get("/api/centers/" + newCenterId()), 404, "centerId");
            assertProblem(api.put("/api/centers/" + newCenterId(), with(center("x"), "id", null)), 404, "centerId");
        }
    }

    // ---------------------------------------------------------------- participants

    @Nested
    class Participants {

        @Test
        void joiningAnswersAPseudonymAndPublishesParticipantJoinedWithoutPersonalData() {
            double joinedBefore = counter(MembershipsMetrics.JOINED, "center", center);
            Map<String, Object> body = resident(center);

            Answer joined = api.post("/api/participants", body);

            assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
            UUID id = UUID.fromString(joined.get("participantId"));
            assertThat(joined.location()).endsWith("/api/participants/" + id);
            assertThat(joined.json().get("homeCenterId").asString()).isEqualTo(center);
            assertThat(joined.json().get("joinedAt").asString()).isEqualTo("2025-01-01T09:00:00Z");
            assertThat(joined.json().get("researchConsent").asBoolean()).isTrue();
            assertThat(joined.json().get("stage").asString()).isEqualTo("NEIGHBOR");
            assertThat(joined.text()).doesNotContain((String) body.get("email")).doesNotContain((String) body.get("displayName"));

            Answer read = api.get("/api/participants/" + id);
            assertThat(read.json().get("displayName").asString()).isEqualTo(body.get("displayName"));
            assertThat(read.json().get("email").asString()).isEqualTo(body.get("email"));
            assertThat(read.json().get("phone").asString()).isEqualTo(body.get("phone"));

            Published.Record record = Published.await(Topics.MEMBERSHIPS_PARTICIPANTS, about(id), found -> !found.isEmpty()).getFirst();
            assertThat(record.key()).isEqualTo(id.toString());
            assertThat(record.data()).isEqualTo(new ParticipantJoined(id, center, Instant.parse("2025-01-01T09:00:00Z"), true));
            assertThat(record.envelope().time()).isEqualTo(Instant.parse("2025-01-01T09:00:00Z"));
            assertThat(record.raw()).doesNotContain((String) body.get("email")).doesNotContain((String) body.get("displayName"))
                    .doesNotContain((String) body.get("phone"));
            assertThat(counter(MembershipsMetrics.JOINED, "center", center)).isEqualTo(joinedBefore + 1);
        }

        @Test
        void personalDataIsEncryptedAtRestAndContactsAreKeptOnlyAsKeyedFingerprints() {
            Map<String, Object> body = with(with(resident(center), "displayName", "Zinaida Plaintextova"), "email", "Zina.P@Example.org");
            UUID id = join(body);

            Document stored = mongo.findById(id.toString(), Document.class, MembershipsConfiguration.PARTICIPANTS);

            assertThat(stored.get("personalData")).isInstanceOf(Binary.class);
            assertThat(stored.getString("emailKey")).matches("[A-Za-z0-9_-]{43}");
            assertThat(stored.getString("phoneKey")).matches("[A-Za-z0-9_-]{43}");
            assertThat(everythingStored()).noneMatch(doc -> doc.contains("Plaintextova") || doc.toLowerCase().contains("zina.p@example.org")
                    || doc.contains((String) body.get("phone")));
        }

        @Test
        void theSameEmailMayJoinAnotherCenter() {
            Map<String, Object> body = resident(center);
            join(body);
            String other = newCenterId();
            api.post("/api/centers", center(other));

            Answer elsewhere = api.post("/api/participants", with(body, "homeCenterId", other));

            assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
        }

        @Test
        void consentChangesArePublishedAndRepeatingTheCurrentConsentPublishesNothing() {
            UUID id = joinResident();

            Answer withdrawn = api.post("/api/participants/" + id + "/consent", Map.of("researchConsent", false, "changedAt", "2025-02-01T10:00:00Z"));
            Answer again = api.post("/api/participants/" + id + "/consent", Map.of("researchConsent", false));
            Answer given = api.post("/api/participants/" + id + "/consent", Map.of("researchConsent", true, "changedAt", "2025-03-01T10:00:00Z"));
            Answer outOfOrder = api.post("/api/participants/" + id + "/consent", Map.of("researchConsent", false, "changedAt", "2025-02-15T10:00:00Z"));

            assertThat(withdrawn.status()).isEqualTo(200);
            assertThat(withdrawn.json().get("researchConsent").asBoolean()).isFalse();
            assertThat(again.status()).isEqualTo(200);
            assertThat(given.json().get("researchConsent").asBoolean()).isTrue();
            assertProblem(outOfOrder, 409, "changedAt");
            List<Published.Record> changes = Published.await(Topics.MEMBERSHIPS_PARTICIPANTS, about(id, ConsentChanged.class),
                    found -> found.size() >= 2);
            assertThat(changes).extracting(r -> (ConsentChanged) r.data()).containsExactly(
                    new ConsentChanged(id, false, Instant.parse("2025-02-01T10:00:00Z")),
                    new ConsentChanged(id, true, Instant.parse("2025-03-01T10:00:00Z")));
        }
    }

    // ---------------------------------------------------------------- erasure

    @Nested
    class Erasure {

        @Test
        void afterErasureNoCollectionHoldsTheNameEmailOrPhoneAndNothingEverCrossedKafka() {
            String name = "Quillon Erasemeplease";
            String email = "quillon.erase-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
            String phone = "+49 (30) 5550-" + (1000 + (int) (Math.random() * 8999));
            String phoneDigits = phone.replaceAll("[^0-9]", "");
            UUID id = join(with(with(with(resident(center), "displayName", name), "email", email.toUpperCase()), "phone", phone));
            UUID plan = createPlan(plan("BASIC", 50_000, 30));
            bought(id, plan, "2025-02-01T10:00:00Z");
            api.post("/api/participants/" + id + "/promotions", Map.of("to", "PARTICIPANT", "reason", "regular at the tea club"));
            UUID event = UUID.randomUUID();
            Published.send(attendance(event, id, "2025-02-02T18:00:00Z"));
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(
                    Query.query(Criteria.where("attendees.participantId").is(id.toString())), FunnelActivityRepository.EVENTS));
            double erasedBefore = counter(MembershipsMetrics.ERASED, "center", center);

            Answer erased = api.delete("/api/participants/" + id);

            assertThat(erased.status()).as(erased.toString()).isEqualTo(204);
            List<String> stored = everythingStored();
            assertThat(stored).isNotEmpty().noneMatch(doc -> doc.contains("Quillon") || doc.contains("Erasemeplease")
                    || doc.toLowerCase().contains(email) || doc.contains(phoneDigits) || doc.contains(phone));
            Document left = mongo.findById(id.toString(), Document.class, MembershipsConfiguration.PARTICIPANTS);
            assertThat(left.keySet()).containsOnly("_id", "homeCenterId", "joinedAt", "erasedAt", "outbox", "outboxPending");
            assertThat(mongo.exists(Query.query(Criteria.where("attendees.participantId").is(id.toString())), FunnelActivityRepository.EVENTS))
                    .as("the erased participant's check-ins are forgotten").isFalse();
            assertThat(mongo.findById(id.toString(), Document.class, FunnelActivityRepository.ACTIVITY)).isNull();

            Published.Record announced = Published.await(Topics.MEMBERSHIPS_PARTICIPANTS, about(id, ParticipantErased.class),
                    found -> !found.isEmpty()).getFirst();
            assertThat(announced.key()).isEqualTo(id.toString());
            for (String topic : List.of(Topics.MEMBERSHIPS_PARTICIPANTS, Topics.MEMBERSHIPS_PASSES, Topics.MEMBERSHIPS_FUNNEL,
                    Topics.MEMBERSHIPS_CENTERS)) {
                assertThat(Published.rawNow(topic)).as(topic).noneMatch(raw -> raw.contains("Quillon") || raw.toLowerCase().contains(email)
                        || raw.contains(phoneDigits));
            }
            assertThat(counter(MembershipsMetrics.ERASED, "center", center)).isEqualTo(erasedBefore + 1);
        }

        @Test
        void anErasedParticipantIsGoneForEveryLaterCallAndThePersonMayJoinAgainUnderANewId() {
            Map<String, Object> body = resident(center);
            UUID id = join(body);
            UUID plan = createPlan(plan("BASIC", 50_000, 30));
            UUID pass = bought(id, plan, null);
            api.delete("/api/participants/" + id);

            assertProblem(api.get("/api/participants/" + id), 410, "participantId");
            assertProblem(api.delete("/api/participants/" + id), 410, "participantId");
            assertProblem(api.post("/api/participants/" + id + "/consent", Map.of("researchConsent", true)), 410, "participantId");
            assertProblem(api.post("/api/participants/" + id + "/promotions", Map.of("to", "LEADER", "reason", "x")), 410, "participantId");
            assertProblem(buy(id, plan, null), 410, "participantId");
            assertProblem(api.post("/api/participants/" + id + "/passes/" + pass + "/renew", Map.of()), 410, "participantId");
            assertProblem(api.get("/api/participants/" + id + "/passes"), 410, "participantId");

            UUID again = join(body);
            assertThat(again).isNotEqualTo(id);
        }

        @Test
        void activityStreamedForAnErasedParticipantMovesNobodyAndIsNotKept() {
            UUID erased = joinResident();
            api.delete("/api/participants/" + erased);
            UUID marker = joinResident();

            for (int i = 1; i <= 3; i++) {
                Published.send(attendance(UUID.randomUUID(), erased, "2025-02-0" + i + "T18:00:00Z"));
            }
            for (int i = 1; i <= 3; i++) {
                Published.send(attendance(UUID.randomUUID(), marker, "2025-02-0" + i + "T18:00:00Z"));
            }

            assertThat(funnelOf(marker, 1)).extracting(FunnelStageChanged::to).containsExactly(FunnelStage.PARTICIPANT);
            assertThat(funnelNow(erased)).isEmpty();
            assertThat(mongo.findById(erased.toString(), Document.class, FunnelActivityRepository.ACTIVITY)).isNull();
        }
    }

    // ---------------------------------------------------------------- passes

    @Nested
    class Passes {

        @Test
        void buyingRenewingAndCancellingArePublishedWithTheirMoney() {
            UUID participant = joinResident();
            UUID plan = createPlan(plan("STANDARD", 150_000, 30));
            assertThat(api.get("/api/centers/" + center + "/pass-plans").json().findValuesAsString("planId")).containsExactly(plan.toString());
            double soldBefore = counter(MembershipsMetrics.PASSES_SOLD, "center", center, "tier", "STANDARD");

            Answer bought = api.post("/api/participants/" + participant + "/passes",
                    Map.of("planId", plan.toString(), "purchasedAt", "2025-03-01T09:00:00Z", "validFrom", "2025-03-02T21:00:00Z"));
            assertThat(bought.status()).as(bought.toString()).isEqualTo(201);
            UUID pass = UUID.fromString(bought.get("passId"));
            assertThat(bought.json().get("validUntil").asString()).isEqualTo("2025-04-01T21:00:00Z");
            assertThat(bought.json().get("state").asString()).isEqualTo("ACTIVE");

            Answer renewed = api.post("/api/participants/" + participant + "/passes/" + pass + "/renew", Map.of("renewedAt", "2025-03-25T09:00:00Z"));
            assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
            assertThat(renewed.json().get("validUntil").asString()).isEqualTo("2025-05-01T21:00:00Z");
            assertThat(renewed.json().get("paidMinor").asLong()).isEqualTo(300_000);

            Answer cancelled = api.post("/api/participants/" + participant + "/passes/" + pass + "/cancel",
                    Map.of("refundMinor", 100_000, "cancelledAt", "2025-04-10T09:00:00Z"));
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
            assertThat(api.get("/api/participants/" + participant + "/passes").json().findValuesAsString("passId")).containsExactly(pass.toString());

            List<Published.Record> records = Published.await(Topics.MEMBERSHIPS_PASSES, about(pass), found -> found.size() >= 3);
            assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(participant.toString()));
            assertThat(records.get(0).data()).isEqualTo(new PassPurchased(pass, participant, center, plan, PassTier.STANDARD,
                    PassScope.CENTER, new Money(150_000, "RUB"),
                    Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-03-02T21:00:00Z"), Instant.parse("2025-04-01T21:00:00Z")));
            assertThat(records.get(1).data()).isEqualTo(new PassRenewed(pass, participant, center, new Money(150_000, "RUB"),
                    Instant.parse("2025-03-25T09:00:00Z"), Instant.parse("2025-05-01T21:00:00Z")));
            assertThat(records.get(2).data()).isEqualTo(new PassCancelled(pass, participant, center, new Money(100_000, "RUB"),
                    Instant.parse("2025-04-10T09:00:00Z")));
            assertThat(counter(MembershipsMetrics.PASSES_SOLD, "center", center, "tier", "STANDARD")).isEqualTo(soldBefore + 1);
        }

        @Test
        void eachExpiredPassIsAnnouncedExactlyOnceThoughTwoInstancesExpireAtOnce() throws Exception {
            UUID participant = joinResident();
            UUID plan = createPlan(plan("BASIC", 10_000, 1));
            List<UUID> passes = new ArrayList<>();
            for (int day = 1; day <= 5; day++) {
                passes.add(bought(participant, plan, "2025-02-0" + (2 * day - 1) + "T10:00:00Z"));
            }
            double expiredHereBefore = counter(MembershipsMetrics.PASSES_EXPIRED, "center", center);

            try (ConfigurableApplicationContext second = secondInstance()) {
                PassExpiry otherExpiry = second.getBean(PassExpiry.class);
                ExecutorService pool = Executors.newFixedThreadPool(6);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    PassExpiry job = i % 2 == 0 ? expiry : otherExpiry;
                    runs.add(pool.submit((Callable<Integer>) () -> {
                        go.await();
                        return job.expireDue();
                    }));
                }
                go.countDown();
                for (Future<Integer> run : runs) {
                    run.get();
                }
                pool.shutdown();
                // the second instance's own loop keeps running over the same database meanwhile
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(passes).allSatisfy(pass ->
                        assertThat(mongo.findById(pass.toString(), Document.class, MembershipsConfiguration.PASSES).getString("state"))
                                .isEqualTo("EXPIRED")));
                // later runs on either instance (as after a restart) must find none of ours left: the counters below would show it
                expiry.expireDue();
                otherExpiry.expireDue();
                double expiredThere = second.getBean(MeterRegistry.class).find(MembershipsMetrics.PASSES_EXPIRED).tags("center", center)
                        .counters().stream().mapToDouble(Counter::count).sum();
                assertThat(counter(MembershipsMetrics.PASSES_EXPIRED, "center", center) - expiredHereBefore + expiredThere)
                        .as("the instances together expired each pass once").isEqualTo(5);
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> passes.stream().noneMatch(pass ->
                    Boolean.TRUE.equals(mongo.findById(pass.toString(), Document.class, MembershipsConfiguration.PASSES).getBoolean("outboxPending"))));
            for (UUID pass : passes) {
                List<Published.Record> expired = Published.now(Topics.MEMBERSHIPS_PASSES, about(pass, PassExpired.class));
                assertThat(expired).as("PassExpired of " + pass).singleElement().satisfies(r -> {
                    PassExpired fact = (PassExpired) r.data();
                    assertThat(fact.expiredAt()).isEqualTo(mongo.findById(pass.toString(), Document.class, MembershipsConfiguration.PASSES)
                            .getDate("validUntil").toInstant());
                    assertThat(r.envelope().time()).isEqualTo(fact.expiredAt());
                });
            }
            assertProblem(api.post("/api/participants/" + participant + "/passes/" + passes.getFirst() + "/renew", Map.of()), 409, "passId");
        }

        /**
         * Another instance of the service on the same database: no web server, no relay (so that what
         * reaches the topic shows what was stored, not how often relays race), no listeners, its
         * expiry loop on.
         */
        ConfigurableApplicationContext secondInstance() {
            // command-line arguments: they win over application.yml (builder properties would not)
            return new SpringApplicationBuilder(MembershipsApplication.class).run(
                    "--spring.mongodb.uri=" + mongoUri,
                    "--spring.mongodb.database=" + database,
                    "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                    "--spring.kafka.consumer.group-id=memberships-second-instance",
                    "--spring.kafka.listener.auto-startup=false",
                    "--spring.main.web-application-type=none",
                    "--spring.main.banner-mode=off",
                    "--nc.outbox.relay-enabled=false",
                    "--nc.memberships.personal-data-key=" + KEY,
                    "--nc.memberships.passes.expiry-interval=100ms",
                    "--nc.memberships.funnel.recheck-enabled=false");
        }
    }

    // ---------------------------------------------------------------- funnel

    @Nested
    class Funnel {

        @Test
        void aResidentBecomesLeaderOnlyThroughStreamedActivityArrivingOutOfOrderAndTwice() {
            UUID leader = joinResident();
            List<UUID> neighbors = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                neighbors.add(joinResident());
            }
            UUID outsider = UUID.randomUUID(); // never joined here: counted as an attendee, moves nobody
            double leadersBefore = counter(MembershipsMetrics.FUNNEL_TRANSITIONS, "from", "INITIATOR", "to", "LEADER", "manual", "false");

            // Three distinct events in January, the check-ins arriving newest first and one of them twice.
            UUID y1 = UUID.randomUUID();
            UUID y2 = UUID.randomUUID();
            UUID y3 = UUID.randomUUID();
            List<Envelope<?>> january = List.of(
                    attendance(y3, leader, "2025-01-12T18:30:00Z"),
                    scheduled(y2, "2025-01-11T18:00:00Z", Organizer.staff(), null),
                    attendance(y1, leader, "2025-01-10T18:30:00Z"),
                    attendance(y3, leader, "2025-01-12T18:30:00Z"),
                    attendance(y2, leader, "2025-01-11T18:30:00Z"));
            january.forEach(Published::send);

            assertThat(funnelOf(leader, 1)).singleElement().isEqualTo(new FunnelStageChanged(leader, center, FunnelStage.NEIGHBOR,
                    FunnelStage.PARTICIPANT, "attended 3 distinct events", false, Instant.parse("2025-01-12T18:30:00Z")));

            // An initiative led by the resident: its events' check-ins arrive before the calendar knows the
            // events, the calendar before the initiative, a reschedule before its schedule, and duplicates.
            UUID initiative = UUID.randomUUID();
            UUID x1 = UUID.randomUUID();
            UUID x2 = UUID.randomUUID();
            UUID x3 = UUID.randomUUID();
            UUID x4 = UUID.randomUUID();
            List<Envelope<?>> february = List.of(
                    attendance(x3, neighbors.get(4), "2025-02-19T18:05:00Z"),     // the fifth distinct attendee
                    attendance(x1, neighbors.get(0), "2025-02-05T18:10:00Z"),
                    attendance(x4, outsider, "2025-02-20T18:00:00Z"),            // at an event that gets cancelled
                    attendance(x1, neighbors.get(1), "2025-02-05T18:11:00Z"),
                    attendance(x2, neighbors.get(0), "2025-02-12T18:09:00Z"),     // the same person again
                    attendance(x2, neighbors.get(2), "2025-02-12T18:10:00Z"),
                    attendance(x3, neighbors.get(4), "2025-02-19T18:05:00Z"),     // duplicate
                    attendance(x2, neighbors.get(3), "2025-02-12T18:12:00Z"),
                    Envelope.of(Sources.EVENTS, Instant.parse("2025-02-10T08:00:00Z"), x3.toString(), new EventRescheduled(x3, center,
                            Instant.parse("2025-02-19T18:00:00Z"), Instant.parse("2025-02-19T20:00:00Z"), 2)),
                    scheduled(x3, "2025-02-18T18:00:00Z", Organizer.staff(), initiative),
                    scheduled(x1, "2025-02-05T18:00:00Z", Organizer.staff(), initiative),
                    scheduled(x4, "2025-02-20T18:00:00Z", Organizer.staff(), initiative),
                    Envelope.of(Sources.EVENTS, Instant.parse("2025-02-20T10:00:00Z"), x4.toString(),
                            new EventCancelled(x4, center, "no heating", Instant.parse("2025-02-20T10:00:00Z"), 2)),
                    scheduled(x2, "2025-02-12T18:00:00Z", Organizer.staff(), initiative),
                    attendance(x1, neighbors.get(1), "2025-02-05T18:11:00Z"));    // duplicate
            february.forEach(Published::send);
            Envelope<InitiativeLaunched> launched = Envelope.of(Sources.EVENTS, Instant.parse("2025-02-01T10:00:00Z"), initiative.toString(),
                    new InitiativeLaunched(initiative, center, "Courtyard garden", InitiativeType.SOCIAL_PROJECT, leader,
                            Instant.parse("2025-02-01T10:00:00Z")));
            Published.send(launched);
            Published.send(launched);

            List<FunnelStageChanged> steps = funnelOf(leader, 3);
            assertThat(steps).hasSize(3);
            assertThat(steps.get(1)).isEqualTo(new FunnelStageChanged(leader, center, FunnelStage.PARTICIPANT, FunnelStage.INITIATOR,
                    "launched initiative " + initiative, false, Instant.parse("2025-02-01T10:00:00Z")));
            assertThat(steps.get(2)).isEqualTo(new FunnelStageChanged(leader, center, FunnelStage.INITIATOR, FunnelStage.LEADER,
                    "leads initiative " + initiative + ", whose events drew 5 distinct participants", false,
                    Instant.parse("2025-02-19T18:05:00Z")));
            assertThat(Published.now(Topics.MEMBERSHIPS_FUNNEL, about(leader))).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo(leader.toString());
                assertThat(r.envelope().time()).isEqualTo(((FunnelStageChanged) r.data()).changedAt());
            });
            assertThat(api.get("/api/participants/" + leader).json().get("stage").asString()).isEqualTo("LEADER");
            assertThat(counter(MembershipsMetrics.FUNNEL_TRANSITIONS, "from", "INITIATOR", "to", "LEADER", "manual", "false"))
                    .isGreaterThanOrEqualTo(leadersBefore + 1);

            // Everything once more: nothing new may be announced. A marker participant's check-ins, sent
            // after the replay on the same partition, tell when the replay has been consumed.
            january.forEach(Published::send);
            february.forEach(Published::send);
            Published.send(launched);
            UUID marker = joinResident();
            for (int i = 1; i <= 3; i++) {
                Published.send(attendance(UUID.randomUUID(), marker, "2025-03-0" + i + "T18:00:00Z"));
            }
            funnelOf(marker, 1);
            assertThat(funnelNow(leader)).isEqualTo(steps);
            assertThat(neighbors).allSatisfy(neighbor -> assertThat(funnelNow(neighbor)).isEmpty());
        }

        @Test
        void aLateCheckInDatedBeforeTheParticipantDateCorrectsItWhileLaterOnesChangeNothing() {
            UUID participant = joinResident();
            for (int day = 10; day <= 12; day++) {
                Published.send(attendance(UUID.randomUUID(), participant, "2025-05-" + day + "T18:30:00Z"));
            }
            assertThat(funnelOf(participant, 1)).singleElement().extracting(FunnelStageChanged::changedAt)
                    .isEqualTo(Instant.parse("2025-05-12T18:30:00Z"));

            Published.send(attendance(UUID.randomUUID(), participant, "2025-05-20T18:30:00Z")); // after: moves nothing
            Published.send(attendance(UUID.randomUUID(), participant, "2025-05-05T18:30:00Z")); // before: the third event came earlier

            List<FunnelStageChanged> steps = funnelOf(participant, 2);
            assertThat(steps).extracting(FunnelStageChanged::changedAt)
                    .containsExactly(Instant.parse("2025-05-12T18:30:00Z"), Instant.parse("2025-05-11T18:30:00Z"));
            assertThat(steps).extracting(FunnelStageChanged::to).containsOnly(FunnelStage.PARTICIPANT);
        }

        @Test
        void aLeaderIsFoundAlsoThroughAnInitiativeStoredBeforeInitiativesListedTheirEvents() {
            UUID leader = joinResident();
            UUID initiative = UUID.randomUUID();
            UUID e1 = UUID.randomUUID();
            UUID e2 = UUID.randomUUID();
            Published.send(scheduled(e1, "2025-04-02T18:00:00Z", Organizer.staff(), initiative));
            Published.send(scheduled(e2, "2025-04-09T18:00:00Z", Organizer.staff(), initiative));
            for (int i = 0; i < 5; i++) {
                Published.send(attendance(i < 3 ? e1 : e2, joinResident(), "2025-04-0" + (i < 3 ? 2 : 9) + "T18:1" + i + ":00Z"));
            }
            Query ofInitiative = Query.query(Criteria.where("_id").is(initiative.toString()));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    mongo.findOne(ofInitiative, Document.class, FunnelActivityRepository.INITIATIVES).getList("eventIds", String.class))
                    .containsExactlyInAnyOrder(e1.toString(), e2.toString()));
            // the initiative as an earlier version stored it: launched, led, no list of its events
            mongo.updateFirst(ofInitiative, new org.springframework.data.mongodb.core.query.Update().unset("eventIds")
                    .set("centerId", center).set("type", InitiativeType.SOCIAL_PROJECT.name()).set("leaderId", leader.toString())
                    .set("launchedAt", java.util.Date.from(Instant.parse("2025-04-01T10:00:00Z"))), FunnelActivityRepository.INITIATIVES);
            mongo.upsert(Query.query(Criteria.where("_id").is(leader.toString())),
                    new org.springframework.data.mongodb.core.query.Update().addToSet("led", initiative.toString()),
                    FunnelActivityRepository.ACTIVITY);

            Published.send(attendance(UUID.randomUUID(), leader, "2025-04-20T18:00:00Z")); // makes the funnel look at the leader

            List<FunnelStageChanged> steps = funnelOf(leader, 2);
            assertThat(steps).hasSize(2);
            assertThat(steps.get(1)).isEqualTo(new FunnelStageChanged(leader, center, FunnelStage.INITIATOR, FunnelStage.LEADER,
                    "leads initiative " + initiative + ", whose events drew 5 distinct participants", false,
                    Instant.parse("2025-04-09T18:14:00Z")));
        }

        @Test
        void organizingAnEventThatStartsLaterMakesAnInitiatorOnceItHasStarted() {
            UUID organizer = joinResident();
            UUID event = UUID.randomUUID();
            Instant startsAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);

            Published.send(Envelope.of(Sources.EVENTS, Instant.now(), event.toString(), new EventScheduled(event, center, "Seed swap",
                    EventFormat.MARKET, startsAt, startsAt.plus(2, ChronoUnit.HOURS), 40, Organizer.resident(organizer), 0, "RUB", null, 1)));

            Published.Record step = Published.await(Topics.MEMBERSHIPS_FUNNEL, about(organizer), found -> !found.isEmpty()).getFirst();
            assertThat(step.data()).isEqualTo(new FunnelStageChanged(organizer, center, FunnelStage.NEIGHBOR, FunnelStage.INITIATOR,
                    "organized event " + event, false, startsAt));
            assertThat(step.timestamp()).as("announced once the event had started").isGreaterThanOrEqualTo(startsAt.toEpochMilli());
        }

        @Test
        void staffPromoteWithAReasonButNeverBackwards() {
            UUID participant = joinResident();
            double before = counter(MembershipsMetrics.FUNNEL_TRANSITIONS, "from", "NEIGHBOR", "to", "INITIATOR", "manual", "true");

            Answer promoted = api.post("/api/participants/" + participant + "/promotions",
                    Map.of("to", "INITIATOR", "reason", "runs the Saturday repair café", "promotedAt", "2025-02-01T12:00:00Z"));
            Answer backwards = api.post("/api/participants/" + participant + "/promotions", Map.of("to", "PARTICIPANT", "reason", "oops"));
            Answer same = api.post("/api/participants/" + participant + "/promotions", Map.of("to", "INITIATOR", "reason", "again"));

            assertThat(promoted.status()).as(promoted.toString()).isEqualTo(201);
            assertThat(promoted.json().get("from").asString()).isEqualTo("NEIGHBOR");
            assertProblem(backwards, 409, "to");
            assertProblem(same, 409, "to");
            assertProblem(api.post("/api/participants/" + participant + "/promotions", Map.of("to", "LEADER")), 400, "reason");
            assertProblem(api.post("/api/participants/" + participant + "/promotions", Map.of("to", "CHAMPION", "reason", "x")), 400, "to");
            assertThat(api.get("/api/participants/" + participant).json().get("stage").asString()).isEqualTo("INITIATOR");
            assertThat(funnelOf(participant, 1)).singleElement().isEqualTo(new FunnelStageChanged(participant, center, FunnelStage.NEIGHBOR,
                    FunnelStage.INITIATOR, "runs the Saturday repair café", true, Instant.parse("2025-02-01T12:00:00Z")));
            assertThat(counter(MembershipsMetrics.FUNNEL_TRANSITIONS, "from", "NEIGHBOR", "to", "INITIATOR", "manual", "true"))
                    .isEqualTo(before + 1);
        }
    }

    // ---------------------------------------------------------------- bad input

    @Nested
    class BadInput {

        @Test
        void anUnknownHomeCenterIsUnprocessableAndNothingIsStored() {
            long before = count(MembershipsConfiguration.PARTICIPANTS);

            assertProblem(api.post("/api/participants", resident(newCenterId())), 422, "homeCenterId");

            assertThat(count(MembershipsConfiguration.PARTICIPANTS)).isEqualTo(before);
        }

        @Test
        void aSecondParticipantWithTheSameEmailOrPhoneAtOneCenterIsAConflictNamingTheField() {
            Map<String, Object> first = resident(center);
            join(first);
            long before = count(MembershipsConfiguration.PARTICIPANTS);

            Answer sameEmail = api.post("/api/participants", with(resident(center), "email",
                    "  " + ((String) first.get("email")).toUpperCase() + " "));
            Answer samePhone = api.post("/api/participants", with(resident(center), "phone",
                    ((String) first.get("phone")).replace(" ", "-")));

            assertProblem(sameEmail, 409, "email");
            assertProblem(samePhone, 409, "phone");
            assertThat(count(MembershipsConfiguration.PARTICIPANTS)).isEqualTo(before);
        }

        @Test
        void joiningWithoutAContactOrWithAMalformedOneIsRefused() {
            long before = count(MembershipsConfiguration.PARTICIPANTS);

            assertProblem(api.post("/api/participants", with(with(resident(center), "email", null), "phone", null)), 400, "email");
            assertProblem(api.post("/api/participants", with(resident(center), "email", "not-an-address")), 400, "email");
            assertProblem(api.post("/api/participants", with(resident(center), "researchConsent", null)), 400, "researchConsent");
            assertProblem(api.post("/api/participants", with(resident(center), "joinedAt", "yesterday")), 400, "joinedAt");

            assertThat(count(MembershipsConfiguration.PARTICIPANTS)).isEqualTo(before);
        }

        @Test
        void aCenterWithAnInvalidTimeZoneOrTakenIdIsRefused() {
            long before = count(MembershipsConfiguration.CENTERS);

            assertProblem(api.post("/api/centers", with(center(newCenterId()), "timezone", "Europe/Atlantis")), 400, "timezone");
            assertProblem(api.post("/api/centers", with(center(newCenterId()), "operatingBudget", Map.of("amountMinor", -5, "currency", "RUB"))),
                    400, "operatingBudget.amountMinor");
            assertProblem(api.post("/api/centers", center("North Yard")), 400, "id");
            assertProblem(api.post("/api/centers", center(center)), 409, "id");

            assertThat(count(MembershipsConfiguration.CENTERS)).isEqualTo(before);
        }

        @Test
        void aPlanWithANegativePriceInvalidTierOrPaidFreeTierIsRefused() {
            long before = count(MembershipsConfiguration.PASS_PLANS);

            assertProblem(api.post("/api/centers/" + center + "/pass-plans", plan("BASIC", -100, 30)), 400, "priceMinor");
            assertProblem(api.post("/api/centers/" + center + "/pass-plans", plan("GOLD", 100, 30)), 400, "tier");
            assertProblem(api.post("/api/centers/" + center + "/pass-plans", plan("FREE", 100, 30)), 400, "priceMinor");
            assertProblem(api.post("/api/centers/" + center + "/pass-plans", plan("BASIC", 100, 0)), 400, "durationDays");
            assertProblem(api.post("/api/centers/" + center + "/pass-plans", with(plan("BASIC", 100, 30), "currency", "EUR")), 422, "currency");
            assertProblem(api.post("/api/centers/" + newCenterId() + "/pass-plans", plan("BASIC", 100, 30)), 404, "centerId");

            assertThat(count(MembershipsConfiguration.PASS_PLANS)).isEqualTo(before);
        }

        @Test
        void renewingACancelledPassIsAConflictAndChangesNothing() {
            UUID participant = joinResident();
            UUID plan = createPlan(plan("PLUS", 200_000, 30));
            UUID pass = bought(participant, plan, null);
            api.post("/api/participants/" + participant + "/passes/" + pass + "/cancel", Map.of("refundMinor", 0));
            Document before = mongo.findById(pass.toString(), Document.class, MembershipsConfiguration.PASSES);

            assertProblem(api.post("/api/participants/" + participant + "/passes/" + pass + "/renew", Map.of()), 409, "passId");
            assertProblem(api.post("/api/participants/" + participant + "/passes/" + pass + "/cancel", Map.of("refundMinor", 0)), 409, "passId");

            Document after = mongo.findById(pass.toString(), Document.class, MembershipsConfiguration.PASSES);
            assertThat(after.getDate("validUntil")).isEqualTo(before.getDate("validUntil"));
            assertThat(after.get("paidMinor")).isEqualTo(before.get("paidMinor"));
            assertThat(after.getList("renewals", Document.class)).isEmpty();
        }

        @Test
        void anOverlappingPassOfTheSamePlanARefundAboveWhatWasPaidAndAnUnknownPlanAreRefused() {
            UUID participant = joinResident();
            UUID plan = createPlan(plan("BASIC", 50_000, 30));
            UUID pass = bought(participant, plan, "2025-03-01T10:00:00Z");
            long before = count(MembershipsConfiguration.PASSES);

            assertProblem(buy(participant, plan, "2025-03-15T10:00:00Z"), 409, "validFrom");
            assertProblem(buy(participant, UUID.randomUUID(), null), 422, "planId");
            assertProblem(api.post("/api/participants/" + participant + "/passes", Map.of("planId", plan.toString(), "currency", "EUR")),
                    422, "currency");
            assertProblem(api.post("/api/participants/" + participant + "/passes", Map.of("planId", plan.toString(),
                    "purchasedAt", "2024-12-31T10:00:00Z")), 400, "purchasedAt");
            assertProblem(api.post("/api/participants/" + participant + "/passes/" + pass + "/cancel", Map.of("refundMinor", 50_001)),
                    400, "refundMinor");

            assertThat(count(MembershipsConfiguration.PASSES)).isEqualTo(before);
            assertThat(bought(participant, plan, "2025-03-31T10:00:00Z")).as("the next month does not overlap").isNotNull();
        }

        /** The checks before a write can race; the unique indexes behind them cannot. */
        @Test
        void theStoreItselfRefusesASecondRecordOfOneContactOrPassSequenceButNotMissingContacts() {
            String key = "fingerprint-" + UUID.randomUUID();
            String plan = UUID.randomUUID().toString();
            List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                    UUID.randomUUID().toString());
            try {
                mongo.insert(new Document("_id", ids.get(0)).append("homeCenterId", center).append("emailKey", key), MembershipsConfiguration.PARTICIPANTS);
                assertThatThrownBy(() -> mongo.insert(new Document("_id", ids.get(1)).append("homeCenterId", center).append("emailKey", key),
                        MembershipsConfiguration.PARTICIPANTS)).isInstanceOf(DuplicateKeyException.class);
                mongo.insert(new Document("_id", ids.get(2)).append("homeCenterId", center), MembershipsConfiguration.PARTICIPANTS);
                mongo.insert(new Document("_id", ids.get(3)).append("homeCenterId", center), MembershipsConfiguration.PARTICIPANTS);

                mongo.insert(new Document("_id", ids.get(0)).append("participantId", ids.get(0)).append("planId", plan).append("sequence", 1),
                        MembershipsConfiguration.PASSES);
                assertThatThrownBy(() -> mongo.insert(new Document("_id", ids.get(1)).append("participantId", ids.get(0)).append("planId", plan)
                        .append("sequence", 1), MembershipsConfiguration.PASSES)).isInstanceOf(DuplicateKeyException.class);
            } finally {
                mongo.remove(Query.query(Criteria.where("_id").in(ids)), MembershipsConfiguration.PARTICIPANTS);
                mongo.remove(Query.query(Criteria.where("_id").in(ids)), MembershipsConfiguration.PASSES);
            }
        }

        @Test
        void unknownOrMalformedParticipantIdsAreNamed() {
            assertProblem(api.get("/api/participants/" + UUID.randomUUID()), 404, "participantId");
            assertProblem(api.get("/api/participants/not-a-uuid"), 400, "participantId");
            assertProblem(api.post("/api/participants/" + UUID.randomUUID() + "/promotions", Map.of("to", "LEADER", "reason", "x")),
                    404, "participantId");
        }
    }

    // ---------------------------------------------------------------- operations

    @Test
    void theCountersAreExposedForPrometheus() {
        joinResident();

        Answer scrape = api.get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.text()).contains("nc_participants_joined_total{center=\"" + center + "\",service=\"memberships\"}");
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
