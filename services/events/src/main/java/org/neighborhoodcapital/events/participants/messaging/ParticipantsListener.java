package org.neighborhoodcapital.events.participants.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.memberships.ParticipantErased;
import org.neighborhoodcapital.contracts.memberships.ParticipantJoined;
import org.neighborhoodcapital.events.participants.domain.ParticipantChanges;
import org.neighborhoodcapital.events.participants.replica.ParticipantReplica;
import org.neighborhoodcapital.platform.kafka.BatchFold;
import org.neighborhoodcapital.platform.kafka.EnvelopeBatch;
import org.neighborhoodcapital.platform.kafka.KafkaPlatformAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Keeps the {@link ParticipantReplica} up to date from {@code memberships.participants.v1}: each poll
 * is folded into one {@link ParticipantChanges} and written as one bulk of upserts. ConsentChanged
 * and other record types are skipped: consent is no business of the events service.
 */
public class ParticipantsListener {

    private static final Logger log = LoggerFactory.getLogger(ParticipantsListener.class);

    private final ParticipantReplica replica;

    public ParticipantsListener(ParticipantReplica replica) {
        this.replica = replica;
    }

    @KafkaListener(topics = Topics.MEMBERSHIPS_PARTICIPANTS,
            containerFactory = KafkaPlatformAutoConfiguration.BATCH_FACTORY)
    void on(List<ConsumerRecord<String, Envelope<DomainEvent>>> records) {
        EnvelopeBatch.process(records, new Fold());
    }

    private final class Fold implements BatchFold {

        private ParticipantChanges batch = new ParticipantChanges();

        @Override
        public void add(ConsumerRecord<String, Envelope<DomainEvent>> record) {
            switch (record.value().data()) {
                case ParticipantJoined joined -> batch.joined(joined.participantId(), joined.homeCenterId(), joined.joinedAt());
                case ParticipantErased erased -> batch.erased(erased.participantId());
                default -> {
                    // consent changes: not needed to know who exists
                }
            }
        }

        @Override
        public void flush() {
            ParticipantChanges folded = batch;
            batch = new ParticipantChanges();
            if (!folded.isEmpty()) {
                replica.apply(folded);
                log.info("Participants replica: {} participants changed, {} of them erased", folded.changes().size(), folded.erasures());
            }
        }
    }
}
