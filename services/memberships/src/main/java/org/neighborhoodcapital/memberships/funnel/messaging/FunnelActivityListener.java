package org.neighborhoodcapital.memberships.funnel.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.neighborhoodcapital.contracts.DomainEvent;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Topics;
import org.neighborhoodcapital.contracts.events.AttendanceRecorded;
import org.neighborhoodcapital.contracts.events.EventCancelled;
import org.neighborhoodcapital.contracts.events.EventRescheduled;
import org.neighborhoodcapital.contracts.events.EventScheduled;
import org.neighborhoodcapital.contracts.events.InitiativeLaunched;
import org.neighborhoodcapital.memberships.funnel.application.FunnelActivity;
import org.neighborhoodcapital.memberships.funnel.domain.ActivityBatch;
import org.neighborhoodcapital.platform.kafka.BatchFold;
import org.neighborhoodcapital.platform.kafka.EnvelopeBatch;
import org.neighborhoodcapital.platform.kafka.KafkaPlatformAutoConfiguration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the funnel from the events service: calendar (who organizes which event, which initiative it
 * belongs to, when it starts, whether it is cancelled), attendance and initiatives, in batches: each
 * poll is folded in memory into one {@link ActivityBatch}, written as a few bulk upserts, and the
 * participants it touches are recomputed once. Other record types on these topics are skipped.
 */
@Component
public class FunnelActivityListener {

    private final FunnelActivity funnelActivity;

    public FunnelActivityListener(FunnelActivity funnelActivity) {
        this.funnelActivity = funnelActivity;
    }

    @KafkaListener(topics = {Topics.EVENTS_CALENDAR, Topics.EVENTS_ATTENDANCE, Topics.EVENTS_INITIATIVES},
            containerFactory = KafkaPlatformAutoConfiguration.BATCH_FACTORY)
    void on(List<ConsumerRecord<String, Envelope<DomainEvent>>> records) {
        EnvelopeBatch.process(records, new Fold());
    }

    private final class Fold implements BatchFold {

        private ActivityBatch batch = new ActivityBatch();

        @Override
        public void add(ConsumerRecord<String, Envelope<DomainEvent>> record) {
            switch (record.value().data()) {
                case EventScheduled e -> batch.add(e);
                case EventRescheduled e -> batch.add(e);
                case EventCancelled e -> batch.add(e);
                case AttendanceRecorded a -> batch.add(a);
                case InitiativeLaunched i -> batch.add(i);
                default -> {
                    // not a funnel fact
                }
            }
        }

        @Override
        public void flush() {
            ActivityBatch folded = batch;
            batch = new ActivityBatch();
            funnelActivity.apply(folded);
        }
    }
}
