package org.neighborhoodcapital.events.initiative.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.events.initiative.domain.Initiative;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
public class InitiativeRepository implements InitializingBean {

    public static final String COLLECTION = InitiativeDocument.COLLECTION;

    private final MongoTemplate mongo;

    public InitiativeRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(InitiativeDocument.COLLECTION).createIndex(
                new Index().on("centerId", Sort.Direction.ASC).on("launchedAt", Sort.Direction.ASC).named("center_launchedAt"));
    }

    /** Stores the initiative together with the record announcing it. */
    public void insert(Initiative initiative, Envelope<?> announcement, Instant now) {
        mongo.insert(new InitiativeDocument(initiative.initiativeId().toString(), initiative.centerId(), initiative.title(),
                initiative.type().name(), initiative.leaderId().toString(), initiative.launchedAt(), now,
                Outbox.messages(announcement), true));
    }

    public boolean exists(String centerId, UUID initiativeId) {
        return mongo.exists(byId(centerId, initiativeId), InitiativeDocument.class);
    }

    public Optional<Initiative> find(String centerId, UUID initiativeId) {
        Query query = byId(centerId, initiativeId);
        query.fields().exclude(Outbox.FIELD);
        return Optional.ofNullable(mongo.findOne(query, InitiativeDocument.class)).map(InitiativeDocument::toDomain);
    }

    public List<Initiative> list(String centerId) {
        Query query = Query.query(where("centerId").is(centerId)).with(Sort.by("launchedAt", "_id"));
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, InitiativeDocument.class).stream().map(InitiativeDocument::toDomain).toList();
    }

    private static Query byId(String centerId, UUID initiativeId) {
        return Query.query(where("_id").is(initiativeId.toString()).and("centerId").is(centerId));
    }
}
