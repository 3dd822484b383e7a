package org.neighborhoodcapital.reporting.projection.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.platform.kafka.EnvelopeBatch;
import org.neighborhoodcapital.reporting.projection.persistence.ProjectionStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes the calendar, attendance, initiative, center, participant, pass, funnel, self-assessment and check-up streams in batches into the projections.
 * A record that cannot be decoded or applied is dead-lettered by the platform; the rest of the batch
 * still counts. Offsets commit after the batch's bulk writes.
 */
@Component
class ProjectionListener {

    static final String LISTENER_ID = "reporting-projections";

    private final ProjectionStore store;
    private final ApplicationEventPublisher publisher;

    ProjectionListener(ProjectionStore store, ApplicationEventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    @KafkaListener(
            id = LISTENER_ID,
            idIsGroup = false, // group: spring.kafka.consumer.group-id
            // registrations only feed the live activity of the dashboard (the projections ignore them)
            topics = {Topics.EVENTS_CALENDAR, Topics.EVENTS_REGISTRATIONS, Topics.EVENTS_ATTENDANCE, Topics.EVENTS_INITIATIVES, Topics.MEMBERSHIPS_CENTERS,
                    Topics.MEMBERSHIPS_PARTICIPANTS, Topics.MEMBERSHIPS_PASSES, Topics.MEMBERSHIPS_FUNNEL,
                    Topics.ASSESSMENTS_SUBJECTIVITY, Topics.ASSESSMENTS_MODEL_CHECKUPS},
            containerFactory = "batchListenerContainerFactory",
            concurrency = "${nc.reporting.consumer-concurrency:1}",
            // The batch factory's max.poll.records does not reach the container (spring-kafka copies
            // factory container properties without kafkaConsumerProperties), so set it per listener.
            properties = "max.poll.records=${nc.kafka.batch-max-records:2000}")
    void onBatch(List<ConsumerRecord<String, Envelope<DomainEvent>>> records) {
        EnvelopeBatch.process(records, new ProjectionFold(store, publisher));
    }
}
