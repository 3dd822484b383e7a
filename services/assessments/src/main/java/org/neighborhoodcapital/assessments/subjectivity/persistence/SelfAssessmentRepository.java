package org.neighborhoodcapital.assessments.subjectivity.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.neighborhoodcapital.assessments.instrument.domain.SubjectivityScores;
import org.neighborhoodcapital.assessments.subjectivity.domain.SelfAssessment;
import org.neighborhoodcapital.contracts.Envelope;
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
 * Self-assessments in collection {@value #COLLECTION}, one document each: answers, scores, and the
 * SubjectivityAssessed record in the document's outbox (inserted in the same write).
 */
@Repository
public class SelfAssessmentRepository implements InitializingBean {

    public static final String COLLECTION = "subjectivityAssessments";

    @Document(COLLECTION)
    record SelfAssessmentDocument(
            @Id String id,
            String participantId,
            String instrumentVersion,
            Instant answeredAt,
            Instant recordedAt,
            Map<String, Integer> answers,
            Map<String, Double> dimensionScores,
            Double subjectivityIndex,
            List<OutboxMessage> outbox,
            boolean outboxPending) {

        SelfAssessment toDomain() {
            return new SelfAssessment(UUID.fromString(id), UUID.fromString(participantId), instrumentVersion, answeredAt, answers,
                    new SubjectivityScores(dimensionScores, subjectivityIndex));
        }
    }

    private final MongoTemplate mongo;

    public SelfAssessmentRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("participantId", Sort.Direction.ASC)
                .on("answeredAt", Sort.Direction.ASC).named("participant_answeredAt"));
    }

    /** Stores the assessment together with the record announcing it. */
    public void insert(SelfAssessment a, Envelope<?> announcement, Instant now) {
        mongo.insert(new SelfAssessmentDocument(a.assessmentId().toString(), a.participantId().toString(), a.instrumentVersion(),
                a.answeredAt(), now, a.answers(), a.scores().dimensionScores(), a.scores().subjectivityIndex(),
                Outbox.messages(announcement), true));
    }

    /** A participant's assessments by answer time (then id). */
    public List<SelfAssessment> list(UUID participantId) {
        Query query = byParticipants(List.of(participantId)).with(Sort.by("answeredAt", "_id"));
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, SelfAssessmentDocument.class).stream().map(SelfAssessmentDocument::toDomain).toList();
    }

    public Optional<SelfAssessment> find(UUID participantId, UUID assessmentId) {
        Query query = Query.query(where("_id").is(assessmentId.toString()).and("participantId").is(participantId.toString()));
        query.fields().exclude(Outbox.FIELD);
        return Optional.ofNullable(mongo.findOne(query, SelfAssessmentDocument.class)).map(SelfAssessmentDocument::toDomain);
    }

    public void delete(UUID assessmentId) {
        mongo.remove(Query.query(where("_id").is(assessmentId.toString())), SelfAssessmentDocument.class);
    }

    /** Deletes every assessment of these participants, with any record not yet published; returns how many. */
    public long deleteAllOf(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return 0;
        }
        return mongo.remove(byParticipants(participantIds), SelfAssessmentDocument.class).getDeletedCount();
    }

    private static Query byParticipants(Collection<UUID> participantIds) {
        return Query.query(where("participantId").in(participantIds.stream().map(UUID::toString).toList()));
    }
}
