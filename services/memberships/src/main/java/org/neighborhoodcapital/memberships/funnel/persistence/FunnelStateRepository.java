package org.neighborhoodcapital.memberships.funnel.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.memberships.FunnelStage;
import org.neighborhoodcapital.memberships.MembershipsConfiguration;
import org.neighborhoodcapital.memberships.funnel.domain.ManualPromotion;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The funnel's fields of the participant documents ({@value MembershipsConfiguration#PARTICIPANTS}):
 * {@code stage} (the highest announced), {@code stageChangedAt}, {@code announcedSteps} ({STAGE: the
 * earliest date announced for it}), {@code promotions}, {@code funnelRecheckAt}. The announced steps and
 * the records announcing them are written in one conditional update on the stage and steps that were
 * read, so two writers cannot both announce the same step (or correction), and an erased participant
 * ({@code erasedAt} set) is never written again. Never reads personal data.
 */
@Repository
public class FunnelStateRepository implements SmartInitializingSingleton {

    private static final String COLLECTION = MembershipsConfiguration.PARTICIPANTS;
    private static final String RECHECK_AT = "funnelRecheckAt";
    private static final String STEPS = "announcedSteps";

    private final MongoTemplate mongo;

    public FunnelStateRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(RECHECK_AT, Sort.Direction.ASC).sparse().named(RECHECK_AT));
    }

    /** The participants among {@code ids} that exist here (erased ones included, flagged). */
    public Map<UUID, FunnelState> states(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(where("_id").in(ids.stream().map(UUID::toString).toList()));
        query.fields().include("homeCenterId", "joinedAt", "stage", "stageChangedAt", STEPS, "promotions", RECHECK_AT, "erasedAt");
        Map<UUID, FunnelState> states = new HashMap<>();
        for (Document d : mongo.find(query, Document.class, COLLECTION)) {
            FunnelState state = toState(d);
            states.put(state.participantId(), state);
        }
        return states;
    }

    public Optional<FunnelState> state(UUID id) {
        return Optional.ofNullable(states(List.of(id)).get(id));
    }

    /** The ids among {@code ids} of participants who were erased. */
    public Set<UUID> erasedAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query query = Query.query(where("_id").in(ids.stream().map(UUID::toString).toList()).and("erasedAt").exists(true));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> UUID.fromString(d.getString("_id")))
                .collect(Collectors.toSet());
    }

    /** Participants whose next step was dated in the future and has happened by {@code now}. */
    public List<UUID> dueForRecheck(Instant now, int limit) {
        Query query = Query.query(where(RECHECK_AT).lte(now).and("erasedAt").exists(false)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> UUID.fromString(d.getString("_id"))).toList();
    }

    /**
     * Stores the announced steps {@code steps} (each stage with the earliest date announced for it),
     * the highest of them as the announced stage with the date it was reached, the records announcing
     * the new steps and when to look again, in one write, if the participant's announced steps are
     * still those of {@code read}.
     *
     * @return false when the announced steps changed since {@code read}, or the participant was erased
     */
    public boolean advance(FunnelState read, Map<FunnelStage, Instant> steps, FunnelStage reached, Instant recheckAt,
                           List<Envelope<?>> announcements) {
        Update update = new Update().set("stage", reached.name());
        if (steps.containsKey(reached)) {
            update.set("stageChangedAt", Date.from(steps.get(reached)));
        }
        steps.forEach((stage, at) -> update.set(STEPS + "." + stage.name(), Date.from(at)));
        if (recheckAt == null) {
            update.unset(RECHECK_AT);
        } else {
            update.set(RECHECK_AT, recheckAt);
        }
        if (!announcements.isEmpty()) {
            Outbox.append(update, announcements.toArray(Envelope<?>[]::new));
        }
        return mongo.updateFirst(asRead(read), update, COLLECTION).getMatchedCount() == 1;
    }

    /**
     * Records a manual promotion, its new stage, its announced step and its announcement in one write,
     * if the stage is still {@code expected}.
     */
    public boolean promote(UUID id, FunnelStage expected, ManualPromotion promotion, Envelope<?> announcement) {
        Update update = new Update()
                .set("stage", promotion.to().name())
                .set("stageChangedAt", promotion.promotedAt())
                .set(STEPS + "." + promotion.to().name(), Date.from(promotion.promotedAt()))
                .push("promotions", new Document("to", promotion.to().name())
                        .append("reason", promotion.reason())
                        .append("promotedAt", Date.from(promotion.promotedAt())));
        return mongo.updateFirst(onStage(id, expected), Outbox.append(update, announcement), COLLECTION).getMatchedCount() == 1;
    }

    private static Query onStage(UUID id, FunnelStage expected) {
        return Query.query(where("_id").is(id.toString()).and("stage").is(expected.name()).and("erasedAt").exists(false));
    }

    /** The participant's document while its stage and every announced step are as read. */
    private static Query asRead(FunnelState read) {
        Criteria criteria = where("_id").is(read.participantId().toString()).and("stage").is(read.stage().name())
                .and("erasedAt").exists(false);
        for (FunnelStage stage : FunnelStage.values()) {
            if (stage == FunnelStage.NEIGHBOR) {
                continue;
            }
            Instant at = read.storedSteps().get(stage);
            if (at == null) {
                criteria.and(STEPS + "." + stage.name()).exists(false);
            } else {
                criteria.and(STEPS + "." + stage.name()).is(Date.from(at));
            }
        }
        return Query.query(criteria);
    }

    private static FunnelState toState(Document d) {
        List<ManualPromotion> promotions = new ArrayList<>();
        for (Document p : d.getList("promotions", Document.class, List.of())) {
            promotions.add(new ManualPromotion(FunnelStage.valueOf(p.getString("to")), p.getString("reason"), p.getDate("promotedAt").toInstant()));
        }
        Map<FunnelStage, Instant> steps = new EnumMap<>(FunnelStage.class);
        Document stored = d.get(STEPS, Document.class);
        if (stored != null) {
            stored.forEach((stage, at) -> steps.put(FunnelStage.valueOf(stage), ((Date) at).toInstant()));
        }
        String stage = d.getString("stage");
        Date recheck = d.getDate(RECHECK_AT);
        Date joined = d.getDate("joinedAt");
        Date changed = d.getDate("stageChangedAt");
        return new FunnelState(UUID.fromString(d.getString("_id")), d.getString("homeCenterId"),
                joined == null ? null : joined.toInstant(),
                stage == null ? FunnelStage.NEIGHBOR : FunnelStage.valueOf(stage),
                changed == null ? null : changed.toInstant(), steps, promotions,
                recheck == null ? null : recheck.toInstant(), d.get("erasedAt") != null);
    }
}
