package org.neighborhoodcapital.assessments.participants.messaging;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.assessments.participants.application.ParticipantErasures;
import org.neighborhoodcapital.assessments.participants.domain.Erasure;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.platform.kafka.BatchFold;
import org.neighborhoodcapital.platform.kafka.EnvelopeBatch;
import org.neighborhoodcapital.platform.kafka.KafkaPlatformAutoConfiguration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads the memberships participants stream for ParticipantErased, in batches (one tombstone bulk
 * write and one delete per poll); ParticipantJoined and ConsentChanged are skipped (consent concerns
 * reports, not the storage of a participant's own answers). A record that cannot be decoded is
 * dead-lettered by the platform; the rest of the batch still counts.
 */
@Component
public class ParticipantErasureListener {

    static final String LISTENER_ID = "assessments-participant-erasure";

    private final ParticipantErasures erasures;

    public ParticipantErasureListener(ParticipantErasures erasures) {
        this.erasures = erasures;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, // group: spring.kafka.consumer.group-id
            topics = Topics.MEMBERSHIPS_PARTICIPANTS, containerFactory = KafkaPlatformAutoConfiguration.BATCH_FACTORY)
    void on(List<ConsumerRecord<String, Envelope<DomainEvent>>> records) {
        EnvelopeBatch.process(records, new Fold());
    }

    private final class Fold implements BatchFold {

        private List<Erasure> pending = new ArrayList<>();

        @Override
        public void add(ConsumerRecord<String, Envelope<DomainEvent>> record) {
            if (record.value().data() instanceof ParticipantErased erased) {
                pending.add(new Erasure(erased.participantId(), erased.erasedAt()));
            }
        }

        @Override
        public void flush() {
            List<Erasure> folded = pending;
            pending = new ArrayList<>();
            erasures.forget(folded);
        }
    }
}
