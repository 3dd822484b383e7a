package org.neighborhoodcapital.platform.testapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.platform.kafka.BatchFold;
import org.neighborhoodcapital.platform.kafka.EnvelopeBatch;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A batch listener on the attendance topic (as reporting folds records) and a record listener on
 * another topic; both remember what they applied. Attendances at {@link #CLOSED_CENTER} are refused.
 */
@Component
public class AttendanceListeners {

    public static final String CLOSED_CENTER = "closed-center";
    /** Record listener topic: any topic of the catalog will do, the listener only reads envelopes. */
    public static final String RECORD_TOPIC = Topics.EVENTS_INITIATIVES;

    private final List<Envelope<DomainEvent>> appliedInBatches = new CopyOnWriteArrayList<>();
    private final List<Envelope<DomainEvent>> appliedOneByOne = new CopyOnWriteArrayList<>();
    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger failingWrites = new AtomicInteger();

    /** The next {@code writes} batch writes fail, as when the store is down. */
    public void failNextWrites(int writes) {
        failingWrites.set(writes);
    }

    public int failingWritesLeft() {
        return failingWrites.get();
    }

    @KafkaListener(topics = Topics.EVENTS_ATTENDANCE, containerFactory = "batchListenerContainerFactory")
    void onBatch(List<ConsumerRecord<String, Envelope<DomainEvent>>> records) {
        EnvelopeBatch.process(records, new BatchFold() {
            private final List<Envelope<DomainEvent>> folded = new ArrayList<>();

            @Override
            public void add(ConsumerRecord<String, Envelope<DomainEvent>> record) {
                Envelope<DomainEvent> envelope = record.value();
                attempts.computeIfAbsent(envelope.id(), id -> new AtomicInteger()).incrementAndGet();
                if (envelope.data() instanceof AttendanceRecorded attendance && CLOSED_CENTER.equals(attendance.centerId())) {
                    throw new IllegalStateException("center " + CLOSED_CENTER + " is closed");
                }
                folded.add(envelope);
            }

            @Override
            public void flush() {
                if (!folded.isEmpty() && failingWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IllegalStateException("store unavailable");
                }
                appliedInBatches.addAll(folded);
                folded.clear();
            }
        });
    }

    /** A group of its own, so that its joining does not pause the batch listener with a rebalance. */
    @KafkaListener(topics = RECORD_TOPIC, groupId = "${spring.kafka.consumer.group-id}-records")
    void onRecord(Envelope<DomainEvent> envelope) {
        appliedOneByOne.add(envelope);
    }

    public List<UUID> appliedInBatches() {
        return appliedInBatches.stream().map(Envelope::id).toList();
    }

    public List<UUID> appliedOneByOne() {
        return appliedOneByOne.stream().map(Envelope::id).toList();
    }

    public int attempts(UUID envelopeId) {
        AtomicInteger count = attempts.get(envelopeId);
        return count == null ? 0 : count.get();
    }
}
