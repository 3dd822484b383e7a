package org.neighborhoodcapital.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.neighborhoodcapital.platform.kafka.PlatformHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Publishes the messages waiting in the {@value Outbox#FIELD} array of documents flagged
 * {@value Outbox#PENDING} in every {@link OutboxCollection}, then removes them from the document.
 *
 * <p>Each round reads up to {@code nc.outbox.batch-size} pending documents per collection, sends all
 * their messages in array order without waiting in between, then waits for every acknowledgement
 * ({@code acks=all}, idempotent producer). From each document it then {@code $pull}s, by id, the
 * acknowledged messages that are not preceded by an unacknowledged one (updates by {@code _id} alone,
 * which every store serves from its primary index), and then, in one update for the round, clears the
 * flag only where the array is empty at that moment ({@code {_id: {$in: …}, outbox: {$size: 0}}}): a message appended by a
 * concurrent write is neither pulled nor hidden, and the next round publishes it. Nothing is removed
 * before Kafka has it, so delivery is at least once: a crash between acknowledgement and pull, or a
 * send that timed out but did succeed, leads to the same message being published again with the same
 * envelope id. When a message fails while later messages of its document succeed, those later ones
 * stay in the array too and are sent again after it: on the topic, the last copy of every message
 * comes after its predecessors (per-document order for consumers that keep the latest, as they must
 * anyway for redeliveries).
 *
 * <p>The relay runs on its own virtual thread: a round every {@code nc.outbox.poll-interval}, at once
 * after {@link #wakeUp()}, back to back while documents remain, and with a doubling pause up to
 * {@code nc.outbox.max-backoff} after a failed round (broker or store unavailable). With
 * {@code nc.outbox.relay-enabled=false} it does not start and pending messages stay in the store.
 *
 * <p><b>Several instances of a service</b> each run a relay over the same collections, with no lock
 * between them: two relays may read the same document before either has pulled its messages and
 * publish them twice. That is accepted by design: consumers are idempotent and envelope ids are stable,
 * so a duplicate changes nothing; per-document order still holds for each relay.
 *
 * <p>Works on MongoDB and on mongo-java-server: no transactions, only single-document updates
 * ({@code $pull} with {@code $in}) in one ordered bulk write per collection and round, and one
 * {@code updateMany} clearing the flags.
 *
 * <p>Gauges, sampled as each round reads (before it publishes): {@value #PENDING_METER} (documents
 * with pending messages) and {@value #LAG_METER} (age of the oldest pending message the round saw, 0
 * when none). A healthy relay shows small values that drop to 0 once idle; steady growth means it is
 * stuck (broker refusing, malformed message).
 */
public class OutboxRelay implements SmartLifecycle {

    public static final String PENDING_METER = "nc.outbox.pending";
    public static final String LAG_METER = "nc.outbox.lag.seconds";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final MongoOperations mongo;
    private final KafkaOperations<Object, Object> kafka;
    private final List<String> collections;
    private final OutboxProperties properties;

    private final AtomicLong pendingDocuments = new AtomicLong();
    private final AtomicLong lagMillis = new AtomicLong();
    private final Set<String> indexedCollections = ConcurrentHashMap.newKeySet();
    private final ReentrantLock roundLock = new ReentrantLock();
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private CountDownLatch stopRequested = new CountDownLatch(0);
    private Thread worker;

    @SuppressWarnings("unchecked")
    public OutboxRelay(MongoOperations mongo, KafkaOperations<?, ?> kafka, Collection<OutboxCollection> collections,
            OutboxProperties properties, MeterRegistry registry) {
        this.mongo = mongo;
        this.kafka = (KafkaOperations<Object, Object>) kafka;
        this.collections = collections.stream().map(OutboxCollection::name).distinct().toList();
        this.properties = properties;
        Gauge.builder(PENDING_METER, pendingDocuments, AtomicLong::doubleValue)
                .description("Documents with outbox messages not yet published, sampled each relay round")
                .register(registry);
        Gauge.builder(LAG_METER, lagMillis, millis -> millis.get() / 1000.0)
                .description("Age of the oldest pending outbox message seen in the last relay round")
                .baseUnit("seconds")
                .register(registry);
    }

    /** Asks for a round now (after a write that added outbox messages); returns at once. */
    public void wakeUp() {
        if (running && wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /**
     * Runs one round on the caller's thread, whether or not the relay is started or enabled (never at
     * the same time as the relay's own round).
     *
     * @return the number of messages published and removed from their documents
     */
    public int publishPending() {
        return round().published();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!properties.relayEnabled()) {
            log.info("Outbox relay disabled (nc.outbox.relay-enabled=false): pending messages in {} stay unpublished", collections);
            return;
        }
        if (collections.isEmpty()) {
            log.debug("Outbox relay not started: no OutboxCollection declared");
            return;
        }
        running = true;
        stopRequested = new CountDownLatch(1);
        wakeUps.drainPermits();
        worker = Thread.ofVirtual().name("outbox-relay").start(this::relayUntilStopped);
        log.info("Outbox relay started for {}: every {}, up to {} documents per collection and round",
                collections, properties.pollInterval(), properties.batchSize());
    }

    @Override
    public void stop() {
        Thread stopping;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            stopRequested.countDown();
            wakeUps.release();
            stopping = worker;
            worker = null;
        }
        try {
            if (!stopping.join(STOP_TIMEOUT)) {
                log.warn("Outbox relay did not finish its round within {}; interrupting it", STOP_TIMEOUT);
                stopping.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Outbox relay stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server, so that writes accepted until then are relayed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void relayUntilStopped() {
        int failedRounds = 0;
        while (running) {
            Round round = safeRound();
            failedRounds = round.failed() ? failedRounds + 1 : 0;
            if (!running) {
                break;
            }
            if (failedRounds > 0) {
                awaitStop(backoff(failedRounds));
            } else if (!round.moreWaiting()) {
                awaitWakeUp(properties.pollInterval());
            }
        }
        if (failedRounds == 0) {
            safeRound(); // what was written while shutting down
        }
    }

    private Round safeRound() {
        try {
            return round();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, will retry: {}", e.toString());
            return Round.FAILED;
        }
    }

    private Duration backoff(int failedRounds) {
        Duration pause = properties.pollInterval().multipliedBy(1L << Math.min(failedRounds, 16));
        return pause.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : pause;
    }

    private void awaitWakeUp(Duration timeout) {
        try {
            wakeUps.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void awaitStop(Duration timeout) {
        try {
            stopRequested.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private Round round() {
        roundLock.lock();
        try {
            Round total = Round.NOTHING;
            for (String collection : collections) {
                total = total.plus(relay(collection));
            }
            pendingDocuments.set(total.pendingDocuments());
            lagMillis.set(total.oldest() == null ? 0 : Math.max(0, Duration.between(total.oldest(), Instant.now()).toMillis()));
            return total;
        } finally {
            roundLock.unlock();
        }
    }

    private Round relay(String collectionName) {
        MongoCollection<Document> collection = mongo.getCollection(collectionName);
        if (!indexedCollections.contains(collectionName)) {
            collection.createIndex(Indexes.ascending(Outbox.PENDING));
            indexedCollections.add(collectionName);
        }
        Bson pending = Filters.eq(Outbox.PENDING, true);
        List<Document> documents = collection.find(pending)
                .projection(Projections.include(Outbox.FIELD))
                .limit(properties.batchSize())
                .into(new ArrayList<>());
        boolean moreWaiting = documents.size() >= properties.batchSize();
        long pendingCount = moreWaiting ? collection.countDocuments(pending) : documents.size();

        List<DocumentDelivery> deliveries = new ArrayList<>(documents.size());
        Instant oldest = null;
        for (Document document : documents) {
            DocumentDelivery delivery = send(collectionName, document);
            deliveries.add(delivery);
            oldest = earlier(oldest, delivery.oldest());
        }

        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        List<WriteModel<Document>> writes = new ArrayList<>();
        List<Object> emptied = new ArrayList<>();
        int published = 0;
        int unacknowledged = 0;
        Throwable firstFailure = null;
        for (DocumentDelivery delivery : deliveries) {
            int acknowledged = delivery.awaitAcknowledgedPrefix(deadline);
            published += acknowledged;
            unacknowledged += delivery.messages().size() - acknowledged;
            if (firstFailure == null) {
                firstFailure = delivery.failure();
            }
            writes.addAll(delivery.cleanUp(acknowledged));
            if (acknowledged == delivery.messages().size()) {
                emptied.add(delivery.documentId());
            }
        }
        if (!writes.isEmpty()) {
            // by _id alone: the embedded store uses its _id index only for such filters
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
        if (!emptied.isEmpty()) {
            // one update per round, not one per document: the flag is cleared only where the array is
            // empty now, so a message appended while this round was publishing keeps its document pending
            collection.updateMany(Filters.and(Filters.in("_id", emptied),
                            Filters.or(Filters.size(Outbox.FIELD, 0), Filters.exists(Outbox.FIELD, false))),
                    Updates.set(Outbox.PENDING, false));
        }
        if (unacknowledged > 0) {
            log.warn("Outbox relay: {} message(s) from {} not acknowledged, will retry: {}", unacknowledged,
                    collectionName, firstFailure == null ? "unknown" : firstFailure.toString());
        } else if (published > 0) {
            log.debug("Outbox relay published {} message(s) from {} document(s) of {}", published, documents.size(), collectionName);
        }
        return new Round(published, unacknowledged > 0, moreWaiting && unacknowledged == 0, pendingCount, oldest);
    }

    private DocumentDelivery send(String collectionName, Document document) {
        Object documentId = document.get("_id");
        List<Document> stored = document.getList(Outbox.FIELD, Document.class, List.of());
        List<SentMessage> sent = new ArrayList<>(stored.size());
        Instant oldest = null;
        for (Document element : stored) {
            StoredMessage message = StoredMessage.read(element);
            if (message == null) {
                log.error("Outbox relay: malformed message in {} document {} blocks its later messages: {}",
                        collectionName, documentId, element.keySet());
                sent.add(new SentMessage(null, CompletableFuture.failedFuture(
                        new IllegalStateException("malformed outbox message in document " + documentId))));
                break;
            }
            oldest = earlier(oldest, message.createdAt());
            CompletableFuture<?> acknowledgement;
            try {
                acknowledgement = kafka.send(message.toProducerRecord());
            } catch (RuntimeException e) {
                acknowledgement = CompletableFuture.failedFuture(e);
            }
            sent.add(new SentMessage(message, acknowledgement));
        }
        return new DocumentDelivery(documentId, sent, oldest);
    }

    /** The earlier of two times, either of which may be null (unknown). */
    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    /** An element of the outbox array as stored (the id as the driver read it, so $pull matches it exactly). */
    private record StoredMessage(String idField, Object id, String topic, String key, String type, String payload,
            Instant createdAt) {

        static StoredMessage read(Document element) {
            String idField = element.containsKey("_id") ? "_id" : "id";
            Object id = element.get(idField);
            String topic = element.getString("topic");
            String payload = element.getString("payload");
            if (id == null || topic == null || payload == null) {
                return null;
            }
            Instant createdAt = element.get("createdAt") instanceof Date date ? date.toInstant() : null;
            return new StoredMessage(idField, id, topic, element.getString("key"), element.getString("type"), payload, createdAt);
        }

        ProducerRecord<Object, Object> toProducerRecord() {
            RecordHeaders headers = new RecordHeaders();
            headers.add(new RecordHeader(PlatformHeaders.CONTENT_TYPE, PlatformHeaders.CLOUDEVENTS_JSON.getBytes(StandardCharsets.UTF_8)));
            if (type != null) {
                headers.add(new RecordHeader(PlatformHeaders.CE_TYPE, type.getBytes(StandardCharsets.UTF_8)));
            }
            return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8), headers);
        }
    }

    /** A message handed to the producer; {@code message} is null for a malformed element, whose send failed at once. */
    private record SentMessage(StoredMessage message, CompletableFuture<?> acknowledgement) {
    }

    /** The messages of one document sent in this round, in array order. */
    private static final class DocumentDelivery {

        private final Object documentId;
        private final List<SentMessage> messages;
        private final Instant oldest;
        private Throwable failure;

        Object documentId() {
            return documentId;
        }

        DocumentDelivery(Object documentId, List<SentMessage> messages, Instant oldest) {
            this.documentId = documentId;
            this.messages = messages;
            this.oldest = oldest;
        }

        List<SentMessage> messages() {
            return messages;
        }

        Instant oldest() {
            return oldest;
        }

        Throwable failure() {
            return failure;
        }

        /** How many messages, from the first one on, the broker acknowledged. */
        int awaitAcknowledgedPrefix(long deadlineNanos) {
            int acknowledged = 0;
            for (SentMessage sent : messages) {
                try {
                    sent.acknowledgement().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged++;
                } catch (ExecutionException e) {
                    failure = e.getCause();
                    break;
                } catch (TimeoutException e) {
                    failure = e;
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = e;
                    break;
                }
            }
            return acknowledged;
        }

        /** Pulls the acknowledged messages; clears the flag if they were all and no other was appended since. */
        List<WriteModel<Document>> cleanUp(int acknowledged) {
            List<WriteModel<Document>> writes = new ArrayList<>(3);
            Map<String, List<Object>> idsByField = new LinkedHashMap<>();
            for (SentMessage sent : messages.subList(0, acknowledged)) {
                idsByField.computeIfAbsent(sent.message().idField(), field -> new ArrayList<>()).add(sent.message().id());
            }
            Bson document = Filters.eq("_id", documentId);
            idsByField.forEach((field, ids) -> writes.add(new UpdateOneModel<>(document,
                    Updates.pull(Outbox.FIELD, new Document(field, new Document("$in", ids))))));
            return writes;
        }
    }

    private record Round(int published, boolean failed, boolean moreWaiting, long pendingDocuments, Instant oldest) {

        static final Round NOTHING = new Round(0, false, false, 0, null);
        static final Round FAILED = new Round(0, true, false, 0, null);

        Round plus(Round other) {
            return new Round(published + other.published, failed || other.failed, moreWaiting || other.moreWaiting,
                    pendingDocuments + other.pendingDocuments, earlier(oldest, other.oldest));
        }
    }
}
