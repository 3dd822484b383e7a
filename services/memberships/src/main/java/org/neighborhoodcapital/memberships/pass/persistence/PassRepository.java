package org.neighborhoodcapital.memberships.pass.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.memberships.MembershipsConfiguration;
import org.neighborhoodcapital.memberships.pass.domain.Pass;
import org.neighborhoodcapital.memberships.pass.domain.PassState;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Passes in {@value MembershipsConfiguration#PASSES}, one document each:
 * <pre>
 * {_id: passId, participantId, centerId, planId, tier, scope, priceMinor, currency, durationDays, purchasedAt,
 *  validFrom, validUntil, state, paidMinor, renewals: [{renewedAt, priceMinor, validUntil}], cancelledAt?,
 *  refundMinor?, expiredAt?, sequence, outbox, outboxPending}
 * </pre>
 * Indexes: unique {@code (participantId, planId, sequence)} (two racing purchases of one plan cannot
 * both win), {@code (state, validUntil)} for the expiry job. Every change is one conditional update on
 * the state (and end) that was read, carrying the record that announces it.
 */
@Repository
public class PassRepository implements SmartInitializingSingleton {

    private static final String COLLECTION = MembershipsConfiguration.PASSES;

    private final MongoTemplate mongo;

    public PassRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("participantId", Sort.Direction.ASC).on("planId", Sort.Direction.ASC)
                .on("sequence", Sort.Direction.ASC).unique().named("participant_plan_sequence"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("state", Sort.Direction.ASC).on("validUntil", Sort.Direction.ASC)
                .named("state_validUntil"));
    }

    /**
     * Stores a new pass with its announcement.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another purchase of the plan took the same sequence number
     */
    public void insert(Pass pass, Envelope<?> announcement) {
        Document document = new Document("_id", pass.passId().toString())
                .append("participantId", pass.participantId().toString())
                .append("centerId", pass.centerId())
                .append("planId", pass.planId().toString())
                .append("tier", pass.tier().name())
                .append("scope", pass.scope().name())
                .append("priceMinor", pass.priceMinor())
                .append("currency", pass.currency())
                .append("durationDays", pass.durationDays())
                .append("purchasedAt", Date.from(pass.purchasedAt()))
                .append("validFrom", Date.from(pass.validFrom()))
                .append("validUntil", Date.from(pass.validUntil()))
                .append("state", pass.state().name())
                .append("paidMinor", pass.paidMinor())
                .append("renewals", List.of())
                .append("sequence", pass.sequence())
                .append(Outbox.FIELD, mongo.getConverter().convertToMongoType(Outbox.messages(announcement)))
                .append(Outbox.PENDING, true);
        mongo.insert(document, COLLECTION);
    }

    public Optional<Pass> find(UUID passId) {
        Query query = Query.query(where("_id").is(passId.toString()));
        query.fields().exclude(Outbox.FIELD);
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(PassRepository::toDomain);
    }

    public List<Pass> ofParticipant(UUID participantId) {
        Query query = Query.query(where("participantId").is(participantId.toString())).with(Sort.by("purchasedAt", "_id"));
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, Document.class, COLLECTION).stream().map(PassRepository::toDomain).toList();
    }

    public List<Pass> ofParticipantAndPlan(UUID participantId, UUID planId) {
        Query query = Query.query(where("participantId").is(participantId.toString()).and("planId").is(planId.toString()));
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, Document.class, COLLECTION).stream().map(PassRepository::toDomain).toList();
    }

    /** Stores a renewal, if the pass is still active and ends where it ended when read. */
    public boolean renew(Pass before, Pass after, Envelope<?> announcement) {
        Pass.Renewal renewal = after.renewals().getLast();
        Update update = new Update()
                .set("validUntil", after.validUntil())
                .set("paidMinor", after.paidMinor())
                .push("renewals", new Document("renewedAt", Date.from(renewal.renewedAt()))
                        .append("priceMinor", renewal.priceMinor())
                        .append("validUntil", Date.from(renewal.validUntil())));
        return mongo.updateFirst(activeAsRead(before), Outbox.append(update, announcement), COLLECTION).getMatchedCount() == 1;
    }

    /** Stores a cancellation, if the pass is still active and ends where it ended when read. */
    public boolean cancel(Pass before, Pass after, Envelope<?> announcement) {
        Update update = new Update()
                .set("state", PassState.CANCELLED.name())
                .set("cancelledAt", after.cancelledAt())
                .set("refundMinor", after.refundMinor());
        return mongo.updateFirst(activeAsRead(before), Outbox.append(update, announcement), COLLECTION).getMatchedCount() == 1;
    }

    /** Up to {@code limit} active passes whose validity ended by {@code now}. */
    public List<Pass> dueToExpire(Instant now, int limit) {
        Query query = Query.query(where("state").is(PassState.ACTIVE.name()).and("validUntil").lte(now))
                .with(Sort.by("validUntil")).limit(limit);
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, Document.class, COLLECTION).stream().map(PassRepository::toDomain).toList();
    }

    /**
     * ACTIVE → EXPIRED and the PassExpired record in ONE conditional update: it matches only while the
     * pass is still active and still ends at the (past) {@code validUntil} that was read. Of any number
     * of instances, restarts and concurrent runs, exactly one such update matches, so the pass is
     * announced as expired exactly once (a renewal in between moves the end and the update no longer matches).
     *
     * @return whether this call expired it
     */
    public boolean expire(Pass pass, Instant now, Envelope<?> announcement) {
        if (!pass.isDueToExpire(now)) {
            return false;
        }
        Query query = Query.query(where("_id").is(pass.passId().toString())
                .and("state").is(PassState.ACTIVE.name())
                .and("validUntil").is(pass.validUntil()));
        Update update = new Update().set("state", PassState.EXPIRED.name()).set("expiredAt", pass.validUntil());
        return mongo.updateFirst(query, Outbox.append(update, announcement), COLLECTION).getMatchedCount() == 1;
    }

    private static Query activeAsRead(Pass before) {
        return Query.query(where("_id").is(before.passId().toString())
                .and("state").is(PassState.ACTIVE.name())
                .and("validUntil").is(before.validUntil()));
    }

    private static Pass toDomain(Document d) {
        List<Pass.Renewal> renewals = new ArrayList<>();
        for (Document r : d.getList("renewals", Document.class, List.of())) {
            renewals.add(new Pass.Renewal(r.getDate("renewedAt").toInstant(), ((Number) r.get("priceMinor")).longValue(),
                    r.getDate("validUntil").toInstant()));
        }
        Number refund = (Number) d.get("refundMinor");
        return new Pass(UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("participantId")), d.getString("centerId"),
                UUID.fromString(d.getString("planId")), PassTier.valueOf(d.getString("tier")), PassScope.valueOf(d.getString("scope")),
                ((Number) d.get("priceMinor")).longValue(), d.getString("currency"), ((Number) d.get("durationDays")).intValue(),
                instant(d, "purchasedAt"), instant(d, "validFrom"), instant(d, "validUntil"), PassState.valueOf(d.getString("state")),
                ((Number) d.get("paidMinor")).longValue(), renewals, instant(d, "cancelledAt"), refund == null ? null : refund.longValue(),
                instant(d, "expiredAt"), ((Number) d.get("sequence")).intValue());
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
