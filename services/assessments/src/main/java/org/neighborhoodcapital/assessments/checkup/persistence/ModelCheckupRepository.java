package org.neighborhoodcapital.assessments.checkup.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.assessments.checkup.domain.Alignment;
import org.neighborhoodcapital.assessments.checkup.domain.ModelCheckup;
import org.neighborhoodcapital.assessments.checkup.domain.ReferenceProfile;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.assessments.AssessorRole;
import org.neighborhoodcapital.contracts.assessments.OrganizationType;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.neighborhoodcapital.platform.outbox.OutboxMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Model check-ups in collection {@value #COLLECTION}, one document each with the reference profile
 * it was measured against, and the CenterModelAssessed record in its outbox (same write).
 */
@Repository
public class ModelCheckupRepository implements InitializingBean {

    public static final String COLLECTION = "modelCheckups";

    @Document(COLLECTION)
    record ModelCheckupDocument(
            @Id String id,
            String centerId,
            String organizationType,
            String assessorRole,
            Instant assessedAt,
            Instant recordedAt,
            List<Integer> positions,
            List<Integer> reference,
            double distance,
            double alignment,
            List<OutboxMessage> outbox,
            boolean outboxPending) {

        ModelCheckup toDomain() {
            return new ModelCheckup(UUID.fromString(id), centerId, OrganizationType.valueOf(organizationType),
                    AssessorRole.valueOf(assessorRole), assessedAt, positions, new ReferenceProfile(reference),
                    new Alignment(distance, alignment));
        }
    }

    private final MongoTemplate mongo;

    public ModelCheckupRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("centerId", Sort.Direction.ASC)
                .on("assessedAt", Sort.Direction.ASC).named("center_assessedAt"));
    }

    public void insert(ModelCheckup c, Envelope<?> announcement, Instant now) {
        mongo.insert(new ModelCheckupDocument(c.assessmentId().toString(), c.centerId(), c.organizationType().name(),
                c.assessorRole().name(), c.assessedAt(), now, c.positions(), c.reference().positions(), c.alignment().distance(),
                c.alignment().alignment(), Outbox.messages(announcement), true));
    }

    /** A center's check-ups by the time they were made (then id). */
    public List<ModelCheckup> list(String centerId) {
        Query query = Query.query(where("centerId").is(centerId)).with(Sort.by("assessedAt", "_id"));
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, ModelCheckupDocument.class).stream().map(ModelCheckupDocument::toDomain).toList();
    }

    public Optional<ModelCheckup> find(String centerId, UUID assessmentId) {
        Query query = Query.query(where("_id").is(assessmentId.toString()).and("centerId").is(centerId));
        query.fields().exclude(Outbox.FIELD);
        return Optional.ofNullable(mongo.findOne(query, ModelCheckupDocument.class)).map(ModelCheckupDocument::toDomain);
    }
}
