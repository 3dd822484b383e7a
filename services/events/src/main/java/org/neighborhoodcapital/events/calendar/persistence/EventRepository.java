package org.neighborhoodcapital.events.calendar.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.events.calendar.domain.CalendarEvent;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Events in MongoDB, one document each. Every write stores the change and the envelopes announcing
 * it in one operation; updates are conditional on the {@code version} that was read.
 */
@Repository
public class EventRepository implements InitializingBean {

    /** An event as read, with the version its next update must match. */
    public record Versioned(CalendarEvent event, long version) {
    }

    /** One document per event, registrations inside; see {@link EventDocument}. */
    public static final String COLLECTION = EventDocument.COLLECTION;

    private final MongoTemplate mongo;

    public EventRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(EventDocument.COLLECTION).createIndex(
                new Index().on("centerId", Sort.Direction.ASC).on("startsAt", Sort.Direction.ASC).named("center_startsAt"));
    }

    public Optional<Versioned> find(String centerId, UUID eventId) {
        Query query = Query.query(where("_id").is(eventId.toString()).and("centerId").is(centerId));
        query.fields().exclude(Outbox.FIELD);
        return Optional.ofNullable(mongo.findOne(query, EventDocument.class))
                .map(doc -> new Versioned(doc.toDomain(), doc.version()));
    }

    /** Events of a center starting in {@code [from, to)} (either bound may be open), by start. */
    public List<CalendarEvent> list(String centerId, Instant from, Instant to) {
        Criteria criteria = where("centerId").is(centerId);
        if (from != null || to != null) {
            Criteria startsAt = criteria.and("startsAt");
            if (from != null) {
                startsAt.gte(from);
            }
            if (to != null) {
                startsAt.lt(to);
            }
        }
        Query query = Query.query(criteria).with(Sort.by("startsAt", "_id"));
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, EventDocument.class).stream().map(EventDocument::toDomain).toList();
    }

    /** Stores a new event together with the records announcing it. */
    public void insert(CalendarEvent event, List<Envelope<?>> announcements) {
        mongo.insert(EventDocument.of(event, 1, Outbox.messages(announcements.toArray(Envelope<?>[]::new))));
    }

    /**
     * Replaces the event's changeable state and appends the announcements, if the document is still
     * at {@code expectedVersion}.
     *
     * @return false when someone else wrote it since it was read (read again and retry)
     */
    public boolean update(CalendarEvent next, long expectedVersion, List<Envelope<?>> announcements) {
        Query query = Query.query(where("_id").is(next.eventId().toString()).and("version").is(expectedVersion));
        Update update = new Update()
                .set("startsAt", next.startsAt())
                .set("endsAt", next.endsAt())
                .set("status", next.status().name())
                .set("revision", next.revision())
                .set("cancelReason", next.cancelReason())
                .set("cancelledAt", next.cancelledAt())
                .set("updatedAt", next.updatedAt())
                .set("confirmed", EventDocument.entries(next.confirmed()))
                .set("waitlist", EventDocument.entries(next.waitlist()))
                .set("withdrawn", next.withdrawn().stream().map(UUID::toString).toList())
                .inc("version", 1);
        Outbox.append(update, announcements.toArray(Envelope<?>[]::new));
        return mongo.updateFirst(query, update, EventDocument.class).getMatchedCount() == 1;
    }
}
