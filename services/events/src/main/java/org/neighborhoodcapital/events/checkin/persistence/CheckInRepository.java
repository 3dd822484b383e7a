package org.neighborhoodcapital.events.checkin.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.events.calendar.domain.EventStatus;
import org.neighborhoodcapital.events.calendar.persistence.EventRepository;
import org.neighborhoodcapital.events.checkin.domain.CheckIn;
import org.neighborhoodcapital.events.checkin.domain.KnownEvent;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Check-ins in MongoDB, and the one look-up of events a batch needs. */
@Repository
public class CheckInRepository {

    /**
     * {@code _id = <eventId>:<participantId>} (the unique index that makes a repetition a duplicate-key
     * error), eventId, participantId, centerId, checkedInAt, recordedAt and the outbox fields.
     */
    public static final String COLLECTION = "checkins";

    private final MongoTemplate mongo;

    public CheckInRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The events among {@code eventIds} that exist, with their center and whether they are cancelled: one query. */
    public Map<UUID, KnownEvent> knownEvents(Collection<UUID> eventIds) {
        Query query = Query.query(where("_id").in(eventIds.stream().map(UUID::toString).toList()));
        query.fields().include("centerId").include("status");
        Map<UUID, KnownEvent> known = new HashMap<>();
        for (Document doc : mongo.find(query, Document.class, EventRepository.COLLECTION)) {
            UUID id = UUID.fromString(doc.getString("_id"));
            known.put(id, new KnownEvent(id, doc.getString("centerId"), EventStatus.CANCELLED.name().equals(doc.getString("status"))));
        }
        return known;
    }

    /**
     * Inserts the check-ins, each with its announcement (same index in {@code announcements}), in one
     * unordered bulk insert; those already stored fail on the unique {@code _id} and are skipped, the
     * others are stored regardless. The documents are built here rather than mapped one by one by
     * the template (which costs about as much as the insert itself for 10,000 check-ins); the outbox
     * messages go through the template's converter, so they are stored exactly as the relay expects.
     *
     * @param checkIns distinct by {@link CheckIn#key()}
     * @return how many were new (stored now)
     */
    public int insertNew(String centerId, List<CheckIn> checkIns, List<Envelope<?>> announcements, Instant now) {
        if (checkIns.isEmpty()) {
            return 0;
        }
        Date recordedAt = Date.from(now);
        List<Document> documents = new ArrayList<>(checkIns.size());
        for (int i = 0; i < checkIns.size(); i++) {
            CheckIn c = checkIns.get(i);
            documents.add(new Document("_id", c.key())
                    .append("eventId", c.eventId().toString())
                    .append("participantId", c.participantId().toString())
                    .append("centerId", centerId)
                    .append("checkedInAt", Date.from(c.checkedInAt()))
                    .append("recordedAt", recordedAt)
                    .append(Outbox.FIELD, mongo.getConverter().convertToMongoType(Outbox.messages(announcements.get(i))))
                    .append(Outbox.PENDING, true));
        }
        try {
            mongo.getCollection(COLLECTION).insertMany(documents, new InsertManyOptions().ordered(false));
            return documents.size();
        } catch (MongoBulkWriteException e) {
            List<BulkWriteError> others = e.getWriteErrors().stream()
                    .filter(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY).toList();
            if (!others.isEmpty() || e.getWriteConcernError() != null) {
                throw new IllegalStateException("Storing check-ins failed: "
                        + (others.isEmpty() ? e.getWriteConcernError().getMessage() : others.getFirst().getMessage()), e);
            }
            return documents.size() - e.getWriteErrors().size();
        }
    }
}
