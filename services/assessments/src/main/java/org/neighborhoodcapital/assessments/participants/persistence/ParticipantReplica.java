package org.neighborhoodcapital.assessments.participants.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.assessments.participants.domain.HomeCenters;
import org.neighborhoodcapital.assessments.participants.domain.Joining;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The participants known from the memberships participants stream (collection {@value #COLLECTION}):
 * {@code {_id: participantId, homeCenterId, joinedAt, recordedAt}} — pseudonymous ids, nothing else
 * about a person. Joining facts are only set on insert, so a replayed record changes nothing. An
 * erasure leaves the entry (the tombstone in {@link ErasedParticipants} decides that nothing more is
 * taken), so the home center's staff still learn that the participant was erased.
 */
@Repository
public class ParticipantReplica implements HomeCenters {

    public static final String COLLECTION = "participants";

    @Document(COLLECTION)
    record Participant(@Id String id, String homeCenterId, Instant joinedAt, Instant recordedAt) {
    }

    private final MongoTemplate mongo;

    public ParticipantReplica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One unordered bulk of upserts; the first joining of a participant wins. */
    public void record(Collection<Joining> joinings, Instant now) {
        if (joinings.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Participant.class);
        for (Joining joining : joinings) {
            bulk.upsert(Query.query(where("_id").is(joining.participantId().toString())),
                    new Update().setOnInsert("homeCenterId", joining.homeCenterId()).setOnInsert("joinedAt", joining.joinedAt())
                            .setOnInsert("recordedAt", now));
        }
        bulk.execute();
    }

    @Override
    public Optional<String> of(UUID participantId) {
        Query query = Query.query(where("_id").is(participantId.toString()));
        query.fields().include("homeCenterId");
        return Optional.ofNullable(mongo.findOne(query, Participant.class)).map(Participant::homeCenterId);
    }
}
