package org.neighborhoodcapital.assessments.participants.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.neighborhoodcapital.assessments.participants.domain.Erasure;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Tombstones: the ids of erased participants, from the memberships stream (collection
 * {@value #COLLECTION}, {@code _id} = participant id, nothing else about them). A replayed erasure
 * finds its tombstone and changes nothing.
 */
@Repository
public class ErasedParticipants {

    public static final String COLLECTION = "erasedParticipants";

    @Document(COLLECTION)
    record Tombstone(@Id String id, Instant erasedAt, Instant recordedAt) {
    }

    private final MongoTemplate mongo;

    public ErasedParticipants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Upserts one tombstone per participant (the first erasure time is kept). */
    public void record(Collection<Erasure> erasures, Instant now) {
        if (erasures.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Tombstone.class);
        for (Erasure erasure : erasures) {
            bulk.upsert(Query.query(where("_id").is(erasure.participantId().toString())),
                    new Update().setOnInsert("erasedAt", erasure.erasedAt()).setOnInsert("recordedAt", now));
        }
        bulk.execute();
    }

    public boolean isErased(UUID participantId) {
        return mongo.exists(Query.query(where("_id").is(participantId.toString())), Tombstone.class);
    }
}
