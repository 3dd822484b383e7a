package org.neighborhoodcapital.memberships.pass.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.neighborhoodcapital.contracts.memberships.PassScope;
import org.neighborhoodcapital.contracts.memberships.PassTier;
import org.neighborhoodcapital.memberships.MembershipsConfiguration;
import org.neighborhoodcapital.memberships.pass.domain.PassPlan;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Pass plans in {@value MembershipsConfiguration#PASS_PLANS}:
 * {@code {_id: planId, centerId, name, tier, priceMinor, currency, durationDays, scope, createdAt}}, index centerId.
 * Plans announce nothing: a pass purchase carries everything of its plan that consumers need.
 */
@Repository
public class PassPlanRepository implements SmartInitializingSingleton {

    private static final String COLLECTION = MembershipsConfiguration.PASS_PLANS;

    private final MongoTemplate mongo;

    public PassPlanRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("centerId", Sort.Direction.ASC).named("centerId"));
    }

    public void insert(PassPlan plan) {
        mongo.insert(new Document("_id", plan.planId().toString())
                .append("centerId", plan.centerId())
                .append("name", plan.name())
                .append("tier", plan.tier().name())
                .append("priceMinor", plan.priceMinor())
                .append("currency", plan.currency())
                .append("durationDays", plan.durationDays())
                .append("scope", plan.scope().name())
                .append("createdAt", Date.from(plan.createdAt())), COLLECTION);
    }

    public Optional<PassPlan> find(UUID planId) {
        return Optional.ofNullable(mongo.findOne(Query.query(where("_id").is(planId.toString())), Document.class, COLLECTION))
                .map(PassPlanRepository::toDomain);
    }

    public List<PassPlan> list(String centerId) {
        Query query = Query.query(where("centerId").is(centerId)).with(Sort.by("createdAt", "_id"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(PassPlanRepository::toDomain).toList();
    }

    private static PassPlan toDomain(Document d) {
        return new PassPlan(UUID.fromString(d.getString("_id")), d.getString("centerId"), d.getString("name"),
                PassTier.valueOf(d.getString("tier")), ((Number) d.get("priceMinor")).longValue(), d.getString("currency"),
                ((Number) d.get("durationDays")).intValue(), PassScope.valueOf(d.getString("scope")), d.getDate("createdAt").toInstant());
    }
}
