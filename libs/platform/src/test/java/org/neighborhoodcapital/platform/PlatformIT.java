package org.neighborhoodcapital.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.EnvelopeCodec;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.platform.fixtures.Attendances;
import org.neighborhoodcapital.platform.kafka.ConsumedRecordsCounter;
import org.neighborhoodcapital.platform.kafka.DeadLetterPublisher;
import org.neighborhoodcapital.platform.kafka.PlatformHeaders;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.neighborhoodcapital.platform.outbox.OutboxCollection;
import org.neighborhoodcapital.platform.outbox.OutboxKick;
import org.neighborhoodcapital.platform.outbox.OutboxMessage;
import org.neighborhoodcapital.platform.outbox.OutboxProperties;
import org.neighborhoodcapital.platform.outbox.OutboxRelay;
import org.neighborhoodcapital.platform.testapp.AttendanceListeners;
import org.neighborhoodcapital.platform.testapp.OutboxDocument;
import org.neighborhoodcapital.platform.testapp.PlatformTestApplication;
import org.neighborhoodcapital.testsupport.KafkaTestClient;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.security.TestTokens;
import org.neighborhoodcapital.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.SendResult;

/**
 * The platform in one small service against a real broker and a real MongoDB-wire store: dead
 * letters, the outbox relay, problem details over HTTP, probes and metrics. One application context
 * for the whole module.
 */
@RealInfrastructure
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=platform-it")
class PlatformIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final EnvelopeCodec CODEC = new EnvelopeCodec();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;
    @Autowired
    AttendanceListeners listeners;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    ProducerFactory<Object, Object> producerFactory;
    @LocalServerPort
    int port;

    @Nested
    class DeadLetters {

        @Test
        void undecodableRecordsLandOnTheDeadLetterTopicWithTheirOriginalBytesAndTheRecordsAfterThemAreStillProcessed() {
            String center = "center-" + UUID.randomUUID();
            Envelope<DomainEvent> first = Attendances.anAttendanceAt(center);
            Envelope<DomainEvent> second = Attendances.anAttendanceAt(center);
            Envelope<DomainEvent> third = Attendances.anAttendanceAt(center);
            byte[] missingField = Attendances.withoutParticipantId(center);
            double deadLetteredBefore = deadLettered(Topics.EVENTS_ATTENDANCE);

            send(Topics.EVENTS_ATTENDANCE, center, Attendances.bytesOf(first));
            send(Topics.EVENTS_ATTENDANCE, center, Attendances.notJson());
            send(Topics.EVENTS_ATTENDANCE, center, Attendances.bytesOf(second));
            send(Topics.EVENTS_ATTENDANCE, center, missingField);
            send(Topics.EVENTS_ATTENDANCE, center, Attendances.bytesOf(third));

            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(listeners.appliedInBatches()).containsSubsequence(first.id(), second.id(), third.id()));
            List<ConsumerRecord<String, byte[]>> deadLetters = deadLettersOf(Topics.EVENTS_ATTENDANCE, center, 2);
            assertThat(deadLetters).extracting(ConsumerRecord::value).containsExactly(Attendances.notJson(), missingField);
            assertThat(header(deadLetters.get(0), PlatformHeaders.DLT_REASON)).startsWith("not JSON: ");
            assertThat(header(deadLetters.get(1), PlatformHeaders.DLT_REASON))
                    .isEqualTo(Attendances.TYPE + ": participantId is required");
            assertThat(deadLetters).allSatisfy(deadLetter -> {
                assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotNull();
                assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.EVENTS_ATTENDANCE);
                assertThat(deadLetter.headers().lastHeader("springDeserializerExceptionValue")).isNull();
            });
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(deadLettered(Topics.EVENTS_ATTENDANCE)).isEqualTo(deadLetteredBefore + 2));
            var consumed = meters.get(ConsumedRecordsCounter.METER).tag("topic", Topics.EVENTS_ATTENDANCE).counter();
            assertThat(consumed.count()).isGreaterThanOrEqualTo(5);
            assertThat(consumed.getId().getTag("service")).isEqualTo("platform-it");
        }

        @Test
        void aRecordTheListenerRefusesIsRetriedABoundedNumberOfTimesThenDeadLetteredByteForByte() {
            String key = "key-" + UUID.randomUUID();
            Envelope<DomainEvent> refused = Attendances.anAttendanceAt(AttendanceListeners.CLOSED_CENTER);
            Envelope<DomainEvent> after = Attendances.anAttendanceAt("open-center");
            byte[] original = Attendances.withUnknownField(refused);

            send(Topics.EVENTS_ATTENDANCE, key, original);
            send(Topics.EVENTS_ATTENDANCE, key, Attendances.bytesOf(after));

            await().atMost(WAIT).untilAsserted(() -> assertThat(listeners.appliedInBatches()).contains(after.id()));
            ConsumerRecord<String, byte[]> deadLetter = deadLettersOf(Topics.EVENTS_ATTENDANCE, key, 1).getFirst();
            assertThat(deadLetter.value()).as("original bytes, unknown field included").isEqualTo(original);
            assertThat(header(deadLetter, PlatformHeaders.DLT_REASON)).isEqualTo("center closed-center is closed");
            assertThat(listeners.attempts(refused.id())).as("nc.kafka.delivery-attempts").isEqualTo(3);
            assertThat(listeners.appliedInBatches()).doesNotContain(refused.id());
        }

        @Test
        void aBatchWhoseWriteFailsIsRedeliveredUntilTheStoreTakesItAndNothingIsDeadLettered() {
            String key = "outage-" + UUID.randomUUID();
            Envelope<DomainEvent> first = Attendances.anAttendanceAt("open-center");
            Envelope<DomainEvent> second = Attendances.anAttendanceAt("open-center");
            double deadLetteredBefore = deadLettered(Topics.EVENTS_ATTENDANCE);
            listeners.failNextWrites(5); // more failures than nc.kafka.delivery-attempts (3)

            send(Topics.EVENTS_ATTENDANCE, key, Attendances.bytesOf(first));
            send(Topics.EVENTS_ATTENDANCE, key, Attendances.bytesOf(second));

            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(listeners.appliedInBatches()).contains(first.id(), second.id()));
            assertThat(listeners.failingWritesLeft()).as("every failing write was tried").isZero();
            assertThat(deadLettered(Topics.EVENTS_ATTENDANCE)).isEqualTo(deadLetteredBefore);
        }

        @Test
        void theRecordListenerFactoryDeadLettersUndecodableRecordsToo() {
            String center = "center-" + UUID.randomUUID();
            Envelope<DomainEvent> good = Attendances.anAttendanceAt(center);

            send(AttendanceListeners.RECORD_TOPIC, center, Attendances.notJson());
            send(AttendanceListeners.RECORD_TOPIC, center, Attendances.bytesOf(good));

            await().atMost(WAIT).untilAsserted(() -> assertThat(listeners.appliedOneByOne()).contains(good.id()));
            List<ConsumerRecord<String, byte[]>> deadLetters = deadLettersOf(AttendanceListeners.RECORD_TOPIC, center, 1);
            assertThat(deadLetters.getFirst().value()).isEqualTo(Attendances.notJson());
            assertThat(header(deadLetters.getFirst(), PlatformHeaders.DLT_REASON)).startsWith("not JSON: ");
            assertThat(meters.get(ConsumedRecordsCounter.METER).tag("topic", AttendanceListeners.RECORD_TOPIC).counter().count())
                    .isGreaterThanOrEqualTo(1);
        }

        private List<ConsumerRecord<String, byte[]>> deadLettersOf(String topic, String key, int expected) {
            List<ConsumerRecord<String, byte[]>> all = KafkaTestClient.readAll(bootstrap, Topics.deadLetterOf(topic), WAIT,
                    records -> records.stream().filter(r -> key.equals(r.key())).count() >= expected);
            return all.stream().filter(r -> key.equals(r.key())).toList();
        }

        private double deadLettered(String topic) {
            var counter = meters.find(DeadLetterPublisher.METER).tag("topic", topic).counter();
            return counter == null ? 0 : counter.count();
        }
    }

    @Nested
    class OutboxRelaying {

        @Test
        void pendingMessagesArePublishedInArrayOrderAndThenRemovedFromTheirDocuments() {
            Map<String, List<Envelope<DomainEvent>>> byDocument = new LinkedHashMap<>();
            for (int d = 0; d < 3; d++) {
                String center = "center-" + UUID.randomUUID();
                List<Envelope<DomainEvent>> envelopes = List.of(Attendances.anAttendanceAt(center),
                        Attendances.anAttendanceAt(center), Attendances.anAttendanceAt(center));
                byDocument.put(center, envelopes);
                insertPending(PlatformTestApplication.OUTBOX_COLLECTION, center, envelopes);
            }
            relay.wakeUp();

            for (var document : byDocument.entrySet()) {
                assertThat(publishedIds(document.getKey(), 3)).containsExactlyElementsOf(ids(document.getValue()));
                await().atMost(WAIT).untilAsserted(() -> assertSent(PlatformTestApplication.OUTBOX_COLLECTION, document.getKey()));
            }
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(meters.get(OutboxRelay.PENDING_METER).gauge().value()).isZero();
                assertThat(meters.get(OutboxRelay.LAG_METER).gauge().value()).isZero();
            });
        }

        @Test
        void anUpdateThatAppendsToTheOutboxIsPublishedWithTheCloudEventsType() {
            String center = "center-" + UUID.randomUUID();
            mongo.insert(new OutboxDocument(center, "new", List.of(), false), PlatformTestApplication.OUTBOX_COLLECTION);
            Envelope<DomainEvent> change = Attendances.anAttendanceAt(center);

            mongo.updateFirst(Query.query(Criteria.where("_id").is(center)),
                    Outbox.append(new Update().set("status", "changed"), change), OutboxDocument.class,
                    PlatformTestApplication.OUTBOX_COLLECTION);
            relay.wakeUp();

            ConsumerRecord<String, byte[]> published = published(center, 1).getFirst();
            assertThat(CODEC.decode(published.value())).isEqualTo(change);
            assertThat(header(published, PlatformHeaders.CE_TYPE)).isEqualTo(Attendances.TYPE);
            await().atMost(WAIT).untilAsserted(() -> assertSent(PlatformTestApplication.OUTBOX_COLLECTION, center));
            assertThat(mongo.findById(center, OutboxDocument.class, PlatformTestApplication.OUTBOX_COLLECTION).status())
                    .isEqualTo("changed");
        }

        @Test
        void messagesLeftByARelayThatNeverPublishedArePublishedByTheNextRelay() {
            String collection = "crashed_" + UUID.randomUUID().toString().substring(0, 8);
            String center = "center-" + UUID.randomUUID();
            List<Envelope<DomainEvent>> envelopes = List.of(Attendances.anAttendanceAt(center), Attendances.anAttendanceAt(center));
            OutboxRelay crashed = relayOver(collection, false, kafka);
            crashed.start();
            insertPending(collection, center, envelopes);
            assertThat(crashed.isRunning()).isFalse();
            assertThat(pendingIn(collection)).isEqualTo(1);
            crashed.stop();

            OutboxRelay restarted = relayOver(collection, true, kafka);
            restarted.start();
            try {
                assertThat(publishedIds(center, 2)).containsExactlyElementsOf(ids(envelopes));
                await().atMost(WAIT).untilAsserted(() -> assertSent(collection, center));
            } finally {
                restarted.stop();
            }
            assertThat(restarted.isRunning()).isFalse();
        }

        @Test
        void aMessageAppendedWhileTheRelayIsPublishingIsNeitherLostNorHidden() {
            String collection = "appended_" + UUID.randomUUID().toString().substring(0, 8);
            String center = "center-" + UUID.randomUUID();
            Envelope<DomainEvent> first = Attendances.anAttendanceAt(center);
            Envelope<DomainEvent> appended = Attendances.anAttendanceAt(center);
            insertPending(collection, center, List.of(first));
            AtomicBoolean appendedOnce = new AtomicBoolean();
            OutboxRelay relayRacingAWriter = relayOver(collection, true, templateThatFirst(record -> {
                if (appendedOnce.compareAndSet(false, true)) {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(center)), Outbox.append(new Update(), appended),
                            OutboxDocument.class, collection);
                }
                return null;
            }));

            assertThat(relayRacingAWriter.publishPending()).isEqualTo(1);
            OutboxDocument afterFirstRound = mongo.findById(center, OutboxDocument.class, collection);
            assertThat(afterFirstRound.outbox()).extracting(OutboxMessage::id).containsExactly(appended.id());
            assertThat(afterFirstRound.outboxPending()).isTrue();

            assertThat(relayRacingAWriter.publishPending()).isEqualTo(1);
            assertSent(collection, center);
            assertThat(publishedIds(center, 2)).containsExactly(first.id(), appended.id());
        }

        @Test
        void whileTheBrokerRefusesNothingIsRemovedAndTheGaugesShowTheBacklog() {
            String collection = "refused_" + UUID.randomUUID().toString().substring(0, 8);
            String center = "center-" + UUID.randomUUID();
            List<Envelope<DomainEvent>> envelopes = List.of(Attendances.anAttendanceAt(center), Attendances.anAttendanceAt(center));
            List<OutboxMessage> minuteOld = Outbox.messages(envelopes.toArray(Envelope[]::new)).stream()
                    .map(m -> new OutboxMessage(m.id(), m.topic(), m.key(), m.type(), m.payload(), m.createdAt().minusSeconds(60)))
                    .toList();
            mongo.insert(new OutboxDocument(center, "new", minuteOld, true), collection);
            AtomicBoolean brokerDown = new AtomicBoolean(true);
            SimpleMeterRegistry gauges = new SimpleMeterRegistry();
            OutboxRelay relayFacingAnOutage = new OutboxRelay(mongo,
                    templateThatFirst(record -> brokerDown.get() ? new KafkaException("broker unavailable") : null),
                    List.of(new OutboxCollection(collection)), properties(true), gauges);

            assertThat(relayFacingAnOutage.publishPending()).isZero();
            assertThat(mongo.findById(center, OutboxDocument.class, collection).outbox())
                    .extracting(OutboxMessage::id).containsExactlyElementsOf(ids(envelopes));
            assertThat(gauges.get(OutboxRelay.PENDING_METER).gauge().value()).isEqualTo(1.0);
            assertThat(gauges.get(OutboxRelay.LAG_METER).gauge().value()).isGreaterThanOrEqualTo(60.0);

            brokerDown.set(false);
            assertThat(relayFacingAnOutage.publishPending()).isEqualTo(2);
            assertSent(collection, center);
            assertThat(relayFacingAnOutage.publishPending()).as("gauges are sampled as a round reads").isZero();
            assertThat(gauges.get(OutboxRelay.PENDING_METER).gauge().value()).isZero();
            assertThat(gauges.get(OutboxRelay.LAG_METER).gauge().value()).isZero();
        }

        @Test
        void aFailedMessageKeepsItselfAndEveryLaterMessageOfItsDocumentForTheNextRound() {
            String collection = "partial_" + UUID.randomUUID().toString().substring(0, 8);
            String center = "center-" + UUID.randomUUID();
            List<Envelope<DomainEvent>> envelopes = List.of(Attendances.anAttendanceAt(center),
                    Attendances.anAttendanceAt(center), Attendances.anAttendanceAt(center));
            insertPending(collection, center, envelopes);
            UUID refused = envelopes.get(1).id();
            AtomicBoolean refusing = new AtomicBoolean(true);
            OutboxRelay relay = relayOver(collection, true, templateThatFirst(record ->
                    refusing.get() && CODEC.decode((byte[]) record.value()).id().equals(refused)
                            ? new KafkaException("record refused") : null));

            assertThat(relay.publishPending()).isEqualTo(1);
            OutboxDocument afterFailure = mongo.findById(center, OutboxDocument.class, collection);
            assertThat(afterFailure.outbox()).extracting(OutboxMessage::id).containsExactly(refused, envelopes.get(2).id());
            assertThat(afterFailure.outboxPending()).isTrue();

            refusing.set(false);
            assertThat(relay.publishPending()).isEqualTo(2);
            assertSent(collection, center);
            assertThat(publishedIds(center, 4)).as("the last copy of each message follows its predecessors")
                    .containsExactly(envelopes.get(0).id(), envelopes.get(2).id(), refused, envelopes.get(2).id());
        }

        @Test
        void hintedDocumentsArePublishedInArrayOrderWithoutASweep() {
            String collection = "hinted_" + UUID.randomUUID().toString().substring(0, 8);
            OutboxRelay relay = startedPastItsFirstSweep(collection, hourlySweeps(200_000), kafka);
            OutboxKick kick = new OutboxKick(new StaticListableBeanFactory(Map.of("outboxRelay", relay)).getBeanProvider(OutboxRelay.class));
            try {
                Map<String, List<Envelope<DomainEvent>>> byDocument = new LinkedHashMap<>();
                for (int d = 0; d < 3; d++) {
                    String center = "center-" + UUID.randomUUID();
                    byDocument.put(center, List.of(Attendances.anAttendanceAt(center), Attendances.anAttendanceAt(center),
                            Attendances.anAttendanceAt(center)));
                    insertPending(collection, center, byDocument.get(center));
                }

                kick.afterWrite(collection, byDocument.keySet());

                for (var document : byDocument.entrySet()) {
                    assertThat(publishedIds(document.getKey(), 3)).containsExactlyElementsOf(ids(document.getValue()));
                    await().atMost(WAIT).untilAsserted(() -> assertSent(collection, document.getKey()));
                }
            } finally {
                relay.stop();
            }
        }

        @Test
        void aPendingDocumentNobodyHintedWaitsForASweepWhichWakeUpOrPublishPendingRuns() {
            String collection = "unhinted_" + UUID.randomUUID().toString().substring(0, 8);
            OutboxRelay relay = startedPastItsFirstSweep(collection, hourlySweeps(200_000), kafka);
            try {
                String unhinted = "center-" + UUID.randomUUID();
                Envelope<DomainEvent> waiting = Attendances.anAttendanceAt(unhinted);
                insertPending(collection, unhinted, List.of(waiting));
                for (int round = 0; round < 3; round++) {
                    String hinted = "center-" + UUID.randomUUID();
                    insertPending(collection, hinted, List.of(Attendances.anAttendanceAt(hinted)));
                    relay.hint(collection, List.of(hinted));
                    await().atMost(WAIT).untilAsserted(() -> assertSent(collection, hinted));
                }
                OutboxDocument afterThreeHintedRounds = mongo.findById(unhinted, OutboxDocument.class, collection);
                assertThat(afterThreeHintedRounds.outbox()).extracting(OutboxMessage::id).containsExactly(waiting.id());
                assertThat(afterThreeHintedRounds.outboxPending()).isTrue();

                relay.wakeUp();
                assertThat(publishedIds(unhinted, 1)).containsExactly(waiting.id());
                await().atMost(WAIT).untilAsserted(() -> assertSent(collection, unhinted));

                String another = "center-" + UUID.randomUUID();
                insertPending(collection, another, List.of(Attendances.anAttendanceAt(another)));
                assertThat(relay.publishPending()).isEqualTo(1);
                assertSent(collection, another);
            } finally {
                relay.stop();
            }
        }

        @Test
        void aMessageAppendedWhileTheRelayPublishesAHintedDocumentIsNeitherLostNorHidden() {
            String collection = "rehinted_" + UUID.randomUUID().toString().substring(0, 8);
            String center = "center-" + UUID.randomUUID();
            Envelope<DomainEvent> first = Attendances.anAttendanceAt(center);
            Envelope<DomainEvent> appended = Attendances.anAttendanceAt(center);
            AtomicBoolean appendedOnce = new AtomicBoolean();
            AtomicReference<OutboxDocument> asTheNextRoundFoundIt = new AtomicReference<>();
            AtomicReference<OutboxRelay> relayOfTheWriter = new AtomicReference<>();
            OutboxRelay relay = startedPastItsFirstSweep(collection, hourlySweeps(200_000), templateThatFirst(record -> {
                if (center.equals(record.key())) {
                    if (appendedOnce.compareAndSet(false, true)) {
                        // a writer appends while the round publishes, and names its document, as writers do
                        mongo.updateFirst(Query.query(Criteria.where("_id").is(center)), Outbox.append(new Update(), appended),
                                OutboxDocument.class, collection);
                        relayOfTheWriter.get().hint(collection, List.of(center));
                    } else {
                        asTheNextRoundFoundIt.compareAndSet(null, mongo.findById(center, OutboxDocument.class, collection));
                    }
                }
                return null;
            }));
            relayOfTheWriter.set(relay);
            try {
                insertPending(collection, center, List.of(first));

                relay.hint(collection, List.of(center));

                assertThat(publishedIds(center, 2)).containsExactly(first.id(), appended.id());
                await().atMost(WAIT).untilAsserted(() -> assertSent(collection, center));
                assertThat(asTheNextRoundFoundIt.get().outbox()).extracting(OutboxMessage::id).containsExactly(appended.id());
                assertThat(asTheNextRoundFoundIt.get().outboxPending()).isTrue();
            } finally {
                relay.stop();
            }
        }

        @Test
        void hintsBeyondTheBoundAreDroppedForASweepThatPublishesEverything() {
            String collection = "overflow_" + UUID.randomUUID().toString().substring(0, 8);
            OutboxRelay relay = startedPastItsFirstSweep(collection, hourlySweeps(2), kafka);
            try {
                Map<String, Envelope<DomainEvent>> byDocument = new LinkedHashMap<>();
                for (int d = 0; d < 4; d++) {
                    String center = "center-" + UUID.randomUUID();
                    byDocument.put(center, Attendances.anAttendanceAt(center));
                    insertPending(collection, center, List.of(byDocument.get(center)));
                }
                List<String> hinted = List.copyOf(byDocument.keySet()).subList(0, 3);

                relay.hint(collection, hinted);

                for (var document : byDocument.entrySet()) {
                    assertThat(publishedIds(document.getKey(), 1)).as("the fourth document was never hinted")
                            .containsExactly(document.getValue().id());
                    await().atMost(WAIT).untilAsserted(() -> assertSent(collection, document.getKey()));
                }
            } finally {
                relay.stop();
            }
        }

        /**
         * A started relay over {@code collection} whose first sweep is over: it published a document that
         * only a sweep could find, so later documents are found by a sweep only when one is asked for.
         */
        private OutboxRelay startedPastItsFirstSweep(String collection, OutboxProperties properties,
                KafkaTemplate<Object, Object> template) {
            String sentinel = "sentinel-" + UUID.randomUUID();
            insertPending(collection, sentinel, List.of(Attendances.anAttendanceAt(sentinel)));
            OutboxRelay relay = new OutboxRelay(mongo, template, List.of(new OutboxCollection(collection)), properties,
                    new SimpleMeterRegistry());
            relay.start();
            await().atMost(WAIT).untilAsserted(() -> assertSent(collection, sentinel));
            return relay;
        }

        /** A template that runs {@code beforeSend} first and fails the send with what it returns, if anything. */
        private KafkaTemplate<Object, Object> templateThatFirst(
                Function<ProducerRecord<Object, Object>, RuntimeException> beforeSend) {
            return new KafkaTemplate<>(producerFactory) {
                @Override
                public CompletableFuture<SendResult<Object, Object>> send(ProducerRecord<Object, Object> record) {
                    RuntimeException failure = beforeSend.apply(record);
                    return failure != null ? CompletableFuture.failedFuture(failure) : super.send(record);
                }
            };
        }

        private OutboxRelay relayOver(String collection, boolean enabled, KafkaTemplate<Object, Object> template) {
            return new OutboxRelay(mongo, template, List.of(new OutboxCollection(collection)), properties(enabled),
                    new SimpleMeterRegistry());
        }

        private OutboxProperties properties(boolean enabled) {
            return new OutboxProperties(enabled, 1000, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(10),
                    Duration.ofSeconds(2), 200_000);
        }

        /** Sweeps only when asked for (start, wake-up, failure, overflow): an hour is longer than any test. */
        private OutboxProperties hourlySweeps(int maxHintedIds) {
            return new OutboxProperties(true, 1000, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(10),
                    Duration.ofHours(1), maxHintedIds);
        }

        private void insertPending(String collection, String id, List<Envelope<DomainEvent>> envelopes) {
            mongo.insert(new OutboxDocument(id, "new", Outbox.messages(envelopes.toArray(Envelope[]::new)), true), collection);
        }

        private void assertSent(String collection, String id) {
            OutboxDocument document = mongo.findById(id, OutboxDocument.class, collection);
            assertThat(document.outbox()).isEmpty();
            assertThat(document.outboxPending()).isFalse();
        }

        private long pendingIn(String collection) {
            return mongo.count(Query.query(Criteria.where(Outbox.PENDING).is(true)), collection);
        }

        private List<ConsumerRecord<String, byte[]>> published(String key, int expected) {
            return KafkaTestClient.readAll(bootstrap, Topics.EVENTS_ATTENDANCE, WAIT,
                            records -> records.stream().filter(r -> key.equals(r.key())).count() >= expected)
                    .stream().filter(r -> key.equals(r.key())).toList();
        }

        private List<UUID> publishedIds(String key, int expected) {
            return published(key, expected).stream().map(r -> CODEC.decode(r.value()).id()).toList();
        }

        private List<UUID> ids(List<Envelope<DomainEvent>> envelopes) {
            return envelopes.stream().map(Envelope::id).toList();
        }
    }

    @Nested
    class WebAndOperations {

        private Api api() {
            return new Api(port);
        }

        @Test
        void readinessAndLivenessProbesAreUpWithoutAToken() {
            for (String probe : List.of("readiness", "liveness")) {
                Api.Answer answer = api().anonymous().get("/actuator/health/" + probe);
                assertThat(answer.status()).as(probe).isEqualTo(200);
                assertThat(answer.text()).as(probe).contains("\"status\":\"UP\"");
            }
        }

        @Test
        void overallHealthIsUpOnTheMongoWireStoreThanksToThePingCheck() {
            Api.Answer answer = api().anonymous().get("/actuator/health");
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.text()).contains("\"status\":\"UP\"");
        }

        @Test
        void aBadRequestIsAProblemNamingTheField() {
            Api.Answer answer = api().postJson("/test/events", """
                    {"title":"Tea","format":"TEA_PARTY","startsAt":"2025-03-01T18:00:00Z","capacity":5,
                     "organizer":{"kind":"MAYOR"}}""");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.field()).isEqualTo("organizer.kind");
            assertThat(answer.text()).contains("MAYOR");
        }

        @Test
        void theApiDescriptionNamesTheBearerScheme() {
            Api.Answer answer = api().anonymous().get("/v3/api-docs");
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.json().at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
            assertThat(answer.json().at("/paths").has("/test/access/centers/{centerId}")).isTrue();
        }

        @Test
        void everyMeterCarriesTheServiceTag() {
            assertThat(meters.get("jvm.memory.used").meters())
                    .allSatisfy(meter -> assertThat(meter.getId().getTag("service")).isEqualTo("platform-it"));
        }
    }

    @Nested
    class Security {

        private final Api api = new Api(port);
        private final UUID resident = UUID.randomUUID();

        @Test
        void aRequestWithoutATokenIsAProblemWith401() {
            Api.Answer answer = api.anonymous().get("/test/access/reports");

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.field()).isEqualTo("Authorization");
            assertThat(api.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        }

        @Test
        void forgedAndExpiredTokensAreRefusedWith401() {
            assertThat(api.as(TestTokens.forgedNetworkAdmin()).get("/test/access/reports").status()).isEqualTo(401);
            Api.Answer expired = api.as(TestTokens.expiredNetworkAdmin()).get("/test/access/reports");
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.contentType()).startsWith("application/problem+json");
            assertThat(api.as("not-a-jwt").get("/test/access/reports").status()).isEqualTo(401);
        }

        @Test
        void aRoleThatMayNotDoSomethingGets403NamingTheRole() {
            Api.Answer answer = api.as(TestTokens.centerStaff("home")).get("/test/access/reports");

            assertThat(answer.status()).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.field()).isEqualTo("role");
            assertThat(api.as(TestTokens.analyst()).get("/test/access/reports").status()).isEqualTo(200);
            assertThat(api.get("/test/access/reports").status()).as("network admin").isEqualTo(200);
        }

        @Test
        void centerBoundRolesActOnlyAtTheirCenters() {
            assertThat(api.as(TestTokens.centerStaff("a", "b")).get("/test/access/centers/b").status()).isEqualTo(200);
            assertThat(api.as(TestTokens.kiosk("a")).get("/test/access/centers/a").status()).isEqualTo(200);

            Api.Answer elsewhere = api.as(TestTokens.centerStaff("a", "b")).get("/test/access/centers/c");
            assertThat(elsewhere.status()).isEqualTo(403);
            assertThat(elsewhere.field()).isEqualTo("centerId");
            assertThat(api.as(TestTokens.kiosk("a")).get("/test/access/centers/b").status()).isEqualTo(403);
            assertThat(api.as(TestTokens.analyst()).get("/test/access/centers/a").status()).isEqualTo(403);
            assertThat(api.get("/test/access/centers/anywhere").status()).isEqualTo(200);
        }

        @Test
        void aParticipantReadsItsOwnDataOnlyAndSeesPersonalDataNever() {
            Api.Answer own = api.as(TestTokens.participant(resident)).get("/test/access/participants/" + resident);
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.json().path("personalData").asBoolean()).isFalse();

            Api.Answer other = api.as(TestTokens.participant(UUID.randomUUID())).get("/test/access/participants/" + resident);
            assertThat(other.status()).isEqualTo(403);
            assertThat(other.field()).isEqualTo("participantId");

            assertThat(api.as(TestTokens.centerStaff("home")).get("/test/access/participants/" + resident)
                    .json().path("personalData").asBoolean()).isTrue();
            assertThat(api.as(TestTokens.centerStaff("elsewhere")).get("/test/access/participants/" + resident).status())
                    .isEqualTo(403);
            assertThat(api.as(TestTokens.kiosk("home")).get("/test/access/participants/" + resident).status()).isEqualTo(403);
        }

        @Test
        void theAuditTrailRecordsWhoReadWhatAndOnlyAdminsMayReadIt() {
            api.as(TestTokens.centerStaff("home")).get("/test/access/participants/" + resident);

            Api.Answer trail = api.get("/api/audit?action=participant.read&target=participant/" + resident);
            assertThat(trail.status()).as(trail.text()).isEqualTo(200);
            assertThat(trail.json()).hasSize(1);
            assertThat(trail.json().get(0).path("subject").asString()).isEqualTo("test-staff-home");
            assertThat(trail.json().get(0).path("roles").get(0).asString()).isEqualTo("CENTER_STAFF");
            assertThat(trail.json().get(0).path("details").path("personalData").asBoolean()).isTrue();
            assertThat(trail.json().get(0).path("service").asString()).isEqualTo("platform-it");

            assertThat(api.as(TestTokens.analyst()).get("/api/audit").status()).isEqualTo(403);
            assertThat(api.as(TestTokens.centerStaff("home")).get("/api/audit").status()).isEqualTo(403);
            assertThat(api.get("/api/audit?limit=0").field()).isEqualTo("limit");
        }

        @Test
        void noApiChangesTheAuditTrail() {
            api.as(TestTokens.participant(resident)).get("/test/access/participants/" + resident);
            String id = api.get("/api/audit?target=participant/" + resident).json().get(0).path("id").asString();

            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                for (String path : List.of("/api/audit", "/api/audit/" + id)) {
                    Api.Answer answer = api.request(method, path, "application/json", "{\"action\":\"nothing\"}");
                    assertThat(answer.status()).as(method + " " + path).isIn(404, 405);
                }
            }
            assertThat(api.get("/api/audit?target=participant/" + resident).json()).hasSize(1);
        }
    }

    private void send(String topic, String key, byte[] value) {
        KafkaTestClient.sendRaw(bootstrap, topic, key, value);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
