package org.neighborhoodcapital.assessments.participants.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.assessments.participants.application.ParticipantErasures;
import org.neighborhoodcapital.assessments.participants.domain.Erasure;
import org.neighborhoodcapital.assessments.participants.domain.Joining;
import org.neighborhoodcapital.assessments.participants.persistence.ParticipantReplica;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.platform.kafka.BatchFold;
import org.neighborhoodcapital.platform.kafka.EnvelopeBatch;
import org.neighborhoodcapital.platform.kafka.KafkaPlatformAutoConfiguration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the memberships participants stream in batches: ParticipantJoined feeds the replica of home
 * centers (one bulk of upserts per poll), then ParticipantErased the tombstones and deletions (one
 * bulk and one delete per poll); a joining always precedes its erasure in the stream (same key), so
 * applying the joinings first keeps the order. ConsentChanged is skipped (consent concerns reports,
 * not the storage of a participant's own answers). A record that cannot be decoded is dead-lettered
 * by the platform; the rest of the batch still counts.
 */
@Component
public class ParticipantsListener {

    static final String LISTENER_ID = "assessments-participants";

    private final ParticipantReplica replica;
    private final ParticipantErasures erasures;
    private final Clock clock;

    public ParticipantsListener(ParticipantReplica replica, ParticipantErasures erasures, Clock clock) {
        this.replica = replica;
        this.erasures = erasures;
        this.clock = clock;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, // group: spring.kafka.consumer.group-id
            topics = Topics.MEMBERSHIPS_PARTICIPANTS, containerFactory = KafkaPlatformAutoConfiguration.BATCH_FACTORY)
    void on(List<ConsumerRecord<String, Envelope<DomainEvent>>> records) {
        EnvelopeBatch.process(records, new Fold());
    }

    private final class Fold implements BatchFold {

        private List<Joining> joinings = new ArrayList<>();
        private List<Erasure> pending = new ArrayList<>();

        @Override
        public void add(ConsumerRecord<String, Envelope<DomainEvent>> record) {
            switch (record.value().data()) {
                case ParticipantJoined joined -> joinings.add(new Joining(joined.participantId(), joined.homeCenterId(), joined.joinedAt()));
                case ParticipantErased erased -> pending.add(new Erasure(erased.participantId(), erased.erasedAt()));
                default -> {
                    // consent changes: nothing to keep here
                }
            }
        }

        @Override
        public void flush() {
            List<Joining> joined = joinings;
            List<Erasure> erased = pending;
            joinings = new ArrayList<>();
            pending = new ArrayList<>();
            replica.record(joined, clock.instant());
            erasures.forget(erased);
        }
    }
}
