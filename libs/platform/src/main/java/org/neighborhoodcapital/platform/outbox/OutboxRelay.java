package org.neighborhoodcapital.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p><b>Finding work.</b> Two ways, both reading up to {@code nc.outbox.batch-size} documents per
 * collection and round:
 * <ul>
 * <li>The <em>hinted path</em>: a writer names the documents it just wrote ({@link #hint}, usually through
 * {@link OutboxKick#afterWrite(String, Collection)}); the relay keeps their ids in memory, per collection
 * and at most {@code nc.outbox.max-hinted-ids} in all, and reads exactly those with a filter on
 * {@code _id} alone ({@code {_id: {$in: …}}}), which every store serves from its primary index however
 * large the collection. When the ids overflow the bound, the relay drops them all and sweeps instead.</li>
 * <li>The <em>sweep</em>: {@code find({outboxPending: true})}, cheap on MongoDB (the flag is indexed) but a
 * scan of the whole collection on the embedded store, which uses no index but {@code _id}'s. A round
 * sweeps when the relay starts, after {@link #wakeUp()}, after a failed round, after a hint overflow,
 * while the previous sweep filled its batch, in {@link #publishPending()}, and otherwise once
 * {@code nc.outbox.sweep-interval} has passed since the last one. The sweep finds what no hint named:
 * documents of writers that only call {@link #wakeUp()}, hints lost with a stopped relay, and failures.</li>
 * </ul>
 *
 * <p><b>Publishing.</b> A round sends all messages of the documents it read in array order without waiting
 * in between, then waits for every acknowledgement ({@code acks=all}, idempotent producer). From each
 * document it then {@code $pull}s, by id, the acknowledged messages that are not preceded by an
 * unacknowledged one (updates by {@code _id} alone). Nothing is removed before Kafka has it, so delivery
 * is at least once: a crash between acknowledgement and pull, or a send that timed out but did succeed,
 * leads to the same message being published again with the same envelope id. When a message fails while
 * later messages of its document succeed, those later ones stay in the array too and are sent again after
 * it: on the topic, the last copy of every message comes after its predecessors (per-document order for
 * consumers that keep the latest, as they must anyway for redeliveries).
 *
 * <p><b>Clearing the flag.</b> Where every message of a document was acknowledged, one update for the
 * round clears the flag only where the array is empty at that moment ({@code {_id: {$in: …}, outbox:
 * {$size: 0}}}, served from the {@code _id} index by MongoDB and by the embedded store of libs/embedded-store):
 * a message appended by a concurrent write is neither pulled nor hidden, and the next sweep publishes it.
 *
 * <p><b>Scheduling.</b> The relay runs on its own virtual thread: a round every
 * {@code nc.outbox.poll-interval}, at once after {@link #wakeUp()} or {@link #hint}, back to back while
 * hinted ids wait or a sweep filled its batch, and with a doubling pause up to {@code nc.outbox.max-backoff}
 * after a failed round (broker or store unavailable). A round that has no hinted ids and no sweep due
 * touches neither the store nor the broker. Hints live in memory only: those given while the relay is not
 * running are ignored, and those queued when it stops are lost; their documents stay flagged, so the next
 * start's sweep finds them. With {@code nc.outbox.relay-enabled=false} it does not start and pending
 * messages stay in the store.
 *
 * <p><b>Several instances of a service</b> each run a relay over the same collections, with no lock
 * between them: two relays may read the same document before either has pulled its messages and
 * publish them twice. That is accepted by design: consumers are idempotent and envelope ids are stable,
 * so a duplicate changes nothing; per-document order still holds for each relay.
 *
 * <p>Works on MongoDB and on mongo-java-server: no transactions, only single-document updates by
 * {@code _id} in ordered bulk writes, and one {@code updateMany} per round clearing the flags.
 *
 * <p>Gauges, sampled as each round reads (before it publishes): {@value #PENDING_METER} (documents waiting
 * to be published: those the round read with messages plus hinted ones still queued; all flagged documents
 * when a sweep filled its batch) and {@value #LAG_METER} (age of the oldest pending message the round saw,
 * 0 when none). A healthy relay shows small values that drop to 0 once idle; steady growth means it is
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
    private final AtomicBoolean sweepRequested = new AtomicBoolean();

    /** Hinted document ids per collection, in hint order, without repetitions; guarded by {@link #hintLock}. */
    private final Map<String, Set<Object>> hinted = new LinkedHashMap<>();
    private final ReentrantLock hintLock = new ReentrantLock();
    private int hintedIds;
    private boolean overflowedSinceLastSweep;

    /** Guarded by {@link #roundLock}. */
    private long nextSweepNanos;
    private boolean sweepUnfinished;

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
        this.collections.forEach(name -> hinted.put(name, new LinkedHashSet<>()));
        this.nextSweepNanos = System.nanoTime() + properties.sweepInterval().toNanos();
        Gauge.builder(PENDING_METER, pendingDocuments, AtomicLong::doubleValue)
                .description("Outbox documents waiting to be published, sampled each relay round: those it read with messages "
                        + "plus hinted ones still queued (all flagged documents when a sweep filled its batch)")
                .register(registry);
        Gauge.builder(LAG_METER, lagMillis, millis -> millis.get() / 1000.0)
                .description("Age of the oldest pending outbox message seen in the last relay round")
                .baseUnit("seconds")
                .register(registry);
    }

    /**
     * Asks for a round now that sweeps every collection for flagged documents (after a write that added
     * outbox messages without naming its documents); returns at once.
     */
    public void wakeUp() {
        sweepRequested.set(true);
        wake();
    }

    /**
     * Asks for a round now that publishes the named documents, read by {@code _id} alone, without a
     * sweep; returns at once. Ignored while the relay is not running (the documents stay flagged for the
     * next start's sweep).
     *
     * @param collection  an {@link OutboxCollection}'s name
     * @param documentIds {@code _id}s of documents just written with outbox messages, as stored; ids of
     *                    documents without pending messages cost a look-up and nothing else
     * @throws IllegalArgumentException when {@code collection} is not declared as an {@link OutboxCollection}
     */
    public void hint(String collection, Collection<?> documentIds) {
        if (!hinted.containsKey(collection)) {
            throw new IllegalArgumentException("Not an outbox collection: " + collection + " (declared: " + collections + ")");
        }
        if (!running || documentIds.isEmpty()) {
            return;
        }
        enqueue(collection, documentIds);
        wake();
    }

    /**
     * Runs one round on the caller's thread, whether or not the relay is started or enabled (never at
     * the same time as the relay's own round): the hinted documents and a sweep of every collection.
     *
     * @return the number of messages published and removed from their documents
     */
    public int publishPending() {
        return round(true).published();
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
        sweepRequested.set(true);
        worker = Thread.ofVirtual().name("outbox-relay").start(this::relayUntilStopped);
        log.info("Outbox relay started for {}: every {} when idle, a sweep at least every {}, up to {} documents per collection and round",
                collections, properties.pollInterval(), properties.sweepInterval(), properties.batchSize());
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

    private void wake() {
        if (running && wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
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
            } else if (!round.sweepUnfinished() && !anyHintWaiting()) {
                awaitWakeUp(properties.pollInterval());
            }
        }
        if (failedRounds == 0) {
            safeRound(); // what was hinted or asked for while shutting down
        }
    }

    private Round safeRound() {
        try {
            return round(false);
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

    private Round round(boolean sweepRegardless) {
        roundLock.lock();
        try {
            boolean sweep = sweepRequested.getAndSet(false) | sweepRegardless | sweepUnfinished
                    | System.nanoTime() - nextSweepNanos >= 0;
            if (sweep) {
                sweepStarts();
            }
            Round total = Round.NOTHING;
            try {
                for (String collection : collections) {
                    total = total.plus(relay(collection, sweep));
                }
            } catch (RuntimeException e) {
                sweepRequested.set(true);
                throw e;
            }
            if (total.failed()) {
                sweepRequested.set(true);
            }
            sweepUnfinished = total.sweepUnfinished();
            pendingDocuments.set(total.pendingDocuments());
            lagMillis.set(total.oldest() == null ? 0 : Math.max(0, Duration.between(total.oldest(), Instant.now()).toMillis()));
            return total;
        } finally {
            roundLock.unlock();
        }
    }

    private void sweepStarts() {
        nextSweepNanos = System.nanoTime() + properties.sweepInterval().toNanos();
        hintLock.lock();
        try {
            overflowedSinceLastSweep = false;
        } finally {
            hintLock.unlock();
        }
    }

    private Round relay(String collectionName, boolean sweep) {
        MongoCollection<Document> collection = mongo.getCollection(collectionName);
        Round round = relayHinted(collectionName, collection);
        if (sweep) {
            round = round.plus(sweep(collectionName, collection));
        }
        return round.counted() ? round : round.plusPending(hintedIdsWaiting(collectionName));
    }

    /** The hinted path: documents named by writers, read by {@code _id} alone, cleaned up as a sweep's. */
    private Round relayHinted(String collectionName, MongoCollection<Document> collection) {
        List<Object> ids = drainHints(collectionName);
        if (ids.isEmpty()) {
            return Round.NOTHING;
        }
        List<Document> documents = new ArrayList<>(ids.size());
        for (Document document : collection.find(Filters.in("_id", ids))
                .projection(Projections.include(Outbox.FIELD, Outbox.PENDING))) {
            if (!outboxOf(document).isEmpty() || document.getBoolean(Outbox.PENDING, false)) {
                documents.add(document);
            }
        }
        Publication publication = publish(collectionName, documents);
        cleanUp(collection, publication);
        logOutcome(collectionName, publication);
        return new Round(publication.published(), publication.failed(), false, documents.size(), false, publication.oldest());
    }

    /**
     * Pulls the acknowledged messages (by {@code _id} alone), then clears the flag in one update, only
     * where the array is empty at that moment ({@code {_id: {$in: …}, outbox: {$size: 0}}}, served from
     * the {@code _id} index by MongoDB and by the embedded store alike): a message appended by a
     * concurrent write is neither pulled nor hidden, and the next round publishes it.
     */
    private static void cleanUp(MongoCollection<Document> collection, Publication publication) {
        if (!publication.pulls().isEmpty()) {
            collection.bulkWrite(publication.pulls(), new BulkWriteOptions().ordered(true));
        }
        if (!publication.emptied().isEmpty()) {
            collection.updateMany(Filters.and(Filters.in("_id", publication.emptied()),
                            Filters.or(Filters.size(Outbox.FIELD, 0), Filters.exists(Outbox.FIELD, false))),
                    Updates.set(Outbox.PENDING, false));
        }
    }

    /** The sweep: documents flagged pending, found by the flag, cleared only where the array is empty. */
    private Round sweep(String collectionName, MongoCollection<Document> collection) {
        if (!indexedCollections.contains(collectionName)) {
            collection.createIndex(Indexes.ascending(Outbox.PENDING));
            indexedCollections.add(collectionName);
        }
        Bson pending = Filters.eq(Outbox.PENDING, true);
        List<Document> documents = collection.find(pending)
                .projection(Projections.include(Outbox.FIELD))
                .limit(properties.batchSize())
                .into(new ArrayList<>());
        boolean filled = documents.size() >= properties.batchSize();
        long pendingCount = filled ? collection.countDocuments(pending) : documents.size();

        Publication publication = publish(collectionName, documents);
        cleanUp(collection, publication);
        logOutcome(collectionName, publication);
        return new Round(publication.published(), publication.failed(), filled && !publication.failed(), pendingCount, filled,
                publication.oldest());
    }

    /** Sends every message of the documents, waits for the acknowledgements and says what to pull. */
    private Publication publish(String collectionName, List<Document> documents) {
        List<DocumentDelivery> deliveries = new ArrayList<>(documents.size());
        Instant oldest = null;
        for (Document document : documents) {
            DocumentDelivery delivery = send(collectionName, document);
            deliveries.add(delivery);
            oldest = earlier(oldest, delivery.oldest());
        }

        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        List<WriteModel<Document>> pulls = new ArrayList<>();
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
            pulls.addAll(delivery.cleanUp(acknowledged));
            if (acknowledged == delivery.messages().size()) {
                emptied.add(delivery.documentId());
            }
        }
        return new Publication(documents.size(), published, unacknowledged, firstFailure, pulls, emptied, oldest);
    }

    private static void logOutcome(String collectionName, Publication publication) {
        if (publication.failed()) {
            log.warn("Outbox relay: {} message(s) from {} not acknowledged, will retry: {}", publication.unacknowledged(),
                    collectionName, publication.firstFailure() == null ? "unknown" : publication.firstFailure().toString());
        } else if (publication.published() > 0) {
            log.debug("Outbox relay published {} message(s) from {} document(s) of {}", publication.published(),
                    publication.documents(), collectionName);
        }
    }

    private DocumentDelivery send(String collectionName, Document document) {
        Object documentId = document.get("_id");
        List<Document> stored = outboxOf(document);
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

    private static List<Document> outboxOf(Document document) {
        return document.getList(Outbox.FIELD, Document.class, List.of());
    }

    /**
     * Queues hinted ids; beyond {@code nc.outbox.max-hinted-ids} in all, drops every queued id and asks
     * for a sweep instead, which finds the same documents by their flag.
     */
    private void enqueue(String collection, Collection<?> documentIds) {
        boolean overflow;
        boolean firstOverflowSinceSweep = false;
        int dropped = 0;
        hintLock.lock();
        try {
            overflow = hintedIds + documentIds.size() > properties.maxHintedIds();
            if (overflow) {
                dropped = hintedIds + documentIds.size();
                hinted.values().forEach(Set::clear);
                hintedIds = 0;
                firstOverflowSinceSweep = !overflowedSinceLastSweep;
                overflowedSinceLastSweep = true;
            } else {
                Set<Object> queue = hinted.get(collection);
                int before = queue.size();
                queue.addAll(documentIds);
                hintedIds += queue.size() - before;
            }
        } finally {
            hintLock.unlock();
        }
        if (overflow) {
            sweepRequested.set(true);
            if (firstOverflowSinceSweep) {
                log.warn("Outbox relay: more than {} hinted document ids waiting, dropped {}; the next round sweeps every outbox collection",
                        properties.maxHintedIds(), dropped);
            }
        }
    }

    /** Takes up to a batch of hinted ids of the collection, oldest hint first. */
    private List<Object> drainHints(String collection) {
        hintLock.lock();
        try {
            Set<Object> queue = hinted.get(collection);
            List<Object> ids = new ArrayList<>(Math.min(queue.size(), properties.batchSize()));
            Iterator<Object> oldestFirst = queue.iterator();
            while (oldestFirst.hasNext() && ids.size() < properties.batchSize()) {
                ids.add(oldestFirst.next());
                oldestFirst.remove();
            }
            hintedIds -= ids.size();
            return ids;
        } finally {
            hintLock.unlock();
        }
    }

    private int hintedIdsWaiting(String collection) {
        hintLock.lock();
        try {
            return hinted.get(collection).size();
        } finally {
            hintLock.unlock();
        }
    }

    private boolean anyHintWaiting() {
        hintLock.lock();
        try {
            return hintedIds > 0;
        } finally {
            hintLock.unlock();
        }
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

        /** Pulls, by {@code _id} alone, the acknowledged messages (the first {@code acknowledged} of the array). */
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

    /** What sending the messages of a round's documents came to, and the pulls that follow from it. */
    private record Publication(int documents, int published, int unacknowledged, Throwable firstFailure,
            List<WriteModel<Document>> pulls, List<Object> emptied, Instant oldest) {

        boolean failed() {
            return unacknowledged > 0;
        }
    }

    /**
     * @param sweepUnfinished a sweep filled its batch and succeeded: the next round sweeps again at once
     * @param counted         {@code pendingDocuments} counts every flagged document (a sweep filled its batch)
     */
    private record Round(int published, boolean failed, boolean sweepUnfinished, long pendingDocuments, boolean counted,
            Instant oldest) {

        static final Round NOTHING = new Round(0, false, false, 0, false, null);
        static final Round FAILED = new Round(0, true, false, 0, false, null);

        Round plus(Round other) {
            return new Round(published + other.published, failed || other.failed, sweepUnfinished || other.sweepUnfinished,
                    pendingDocuments + other.pendingDocuments, counted || other.counted, earlier(oldest, other.oldest));
        }

        Round plusPending(long documents) {
            return new Round(published, failed, sweepUnfinished, pendingDocuments + documents, counted, oldest);
        }
    }
}
