package org.neighborhoodcapital.reporting.projection.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.platform.kafka.BatchFold;
import org.neighborhoodcapital.reporting.live.ConsumedFacts;
import org.neighborhoodcapital.reporting.projection.ProjectionsUpdated;
import org.neighborhoodcapital.reporting.projection.domain.ProjectionChanges;
import org.neighborhoodcapital.reporting.projection.persistence.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/** Folds one listener batch into {@link ProjectionChanges}; each flush is a few bulk writes and one version bump. */
final class ProjectionFold implements BatchFold {

    private static final Logger log = LoggerFactory.getLogger(ProjectionFold.class);

    private final ProjectionStore store;
    private final ApplicationEventPublisher publisher;
    private ProjectionChanges changes = new ProjectionChanges();
    private java.util.List<Envelope<DomainEvent>> consumed = new java.util.ArrayList<>();

    ProjectionFold(ProjectionStore store, ApplicationEventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    @Override
    public void add(ConsumerRecord<String, Envelope<DomainEvent>> record) {
        changes.apply(record.value().data());
        consumed.add(record.value());
    }

    @Override
    public void flush() {
        if (changes.isEmpty()) {
            announceConsumed();
            return;
        }
        ProjectionChanges written = changes;
        changes = new ProjectionChanges();
        long started = System.nanoTime();
        store.write(written);
        long version = store.bumpVersion(written.touchesMembership());
        if (log.isDebugEnabled()) {
            log.debug("Projected {} facts ({} ignored, {} check-ins) as {} event, {} initiative, {} center upserts in {} ms; dataVersion={}",
                    written.applied(), written.ignored(), written.attendeesAdded(), written.events().size(),
                    written.initiatives().size(), written.centers().size(), (System.nanoTime() - started) / 1_000_000, version);
        }
        publisher.publishEvent(new ProjectionsUpdated(version, written.applied()));
        announceConsumed();
    }

    /** The live streams see the batch's facts once they are written (listeners only queue, never block). */
    private void announceConsumed() {
        if (!consumed.isEmpty()) {
            ConsumedFacts facts = new ConsumedFacts(consumed);
            consumed = new java.util.ArrayList<>();
            publisher.publishEvent(facts);
        }
    }
}
