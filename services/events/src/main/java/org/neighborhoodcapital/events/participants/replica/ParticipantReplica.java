package org.neighborhoodcapital.events.participants.replica;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.neighborhoodcapital.events.participants.domain.ParticipantChanges;
import org.neighborhoodcapital.events.participants.domain.ParticipantDirectory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The participants known from the memberships participants stream, collection {@value #COLLECTION}:
 * {@code {_id: participantId, homeCenterId, joinedAt, erased}}. Writes are idempotent upserts, so a
 * replayed record changes nothing; joining facts are only set on insert and {@code erased} only ever
 * becomes true, so an erased participant stays erased. Answers the {@link ParticipantDirectory}
 * with one query per question, however many ids it holds.
 */
public class ParticipantReplica implements ParticipantDirectory {

    public static final String COLLECTION = "participants";

    private final MongoTemplate mongo;

    public ParticipantReplica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Applies a batch of changes as one unordered bulk write of upserts. */
    public void apply(ParticipantChanges batch) {
        if (batch.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (ParticipantChanges.Change change : batch.changes()) {
            Update update = new Update();
            if (change.homeCenterId() != null) {
                update.setOnInsert("homeCenterId", change.homeCenterId()).setOnInsert("joinedAt", change.joinedAt());
            }
            if (change.erased()) {
                update.set("erased", true);
            } else {
                update.setOnInsert("erased", false);
            }
            bulk.upsert(Query.query(where("_id").is(change.participantId().toString())), update);
        }
        bulk.execute();
    }

    /** Unknown: not in the replica (yet), or erased. */
    @Override
    public Set<UUID> unknownAmong(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Set.of();
        }
        List<String> ids = participantIds.stream().map(UUID::toString).distinct().toList();
        // a plain _id $in (the _id index on MongoDB); erased participants are filtered here
        Query held = Query.query(where("_id").in(ids));
        held.fields().include("_id").include("erased");
        Set<String> found = new HashSet<>();
        mongo.find(held, Document.class, COLLECTION).stream()
                .filter(document -> !Boolean.TRUE.equals(document.getBoolean("erased")))
                .forEach(document -> found.add(document.get("_id").toString()));
        Set<UUID> unknown = new LinkedHashSet<>();
        for (UUID id : participantIds) {
            if (!found.contains(id.toString())) {
                unknown.add(id);
            }
        }
        return unknown;
    }
}
