package org.neighborhoodcapital.memberships.center.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.contracts.Money;
import org.neighborhoodcapital.memberships.MembershipsConfiguration;
import org.neighborhoodcapital.memberships.center.domain.Center;
import org.neighborhoodcapital.memberships.center.domain.CenterDetails;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Centers in collection {@value MembershipsConfiguration#CENTERS}:
 * {@code {_id: slug, name, city, timezone, operatingBudget?: {amountMinor, currency}, registeredAt, updatedAt, outbox, outboxPending}}.
 */
@Repository
public class CenterRepository {

    static final String COLLECTION = MembershipsConfiguration.CENTERS;

    private final MongoTemplate mongo;

    public CenterRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores a new center with the record announcing it.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the slug is taken
     */
    public void insert(Center center, Envelope<?> announcement) {
        Document document = new Document("_id", center.centerId());
        details(center.details()).forEach(document::append);
        document.append("registeredAt", Date.from(center.registeredAt()))
                .append("updatedAt", Date.from(center.updatedAt()))
                .append(Outbox.FIELD, mongo.getConverter().convertToMongoType(Outbox.messages(announcement)))
                .append(Outbox.PENDING, true);
        mongo.insert(document, COLLECTION);
    }

    /** Replaces the details and appends the announcement; false when the center does not exist. */
    public boolean update(Center center, Envelope<?> announcement) {
        Update update = new Update().set("updatedAt", center.updatedAt());
        details(center.details()).forEach(update::set);
        if (center.details().operatingBudget() == null) {
            update.unset("operatingBudget");
        }
        Query query = Query.query(where("_id").is(center.centerId()));
        return mongo.updateFirst(query, Outbox.append(update, announcement), COLLECTION).getMatchedCount() == 1;
    }

    public Optional<Center> find(String centerId) {
        Query query = Query.query(where("_id").is(centerId));
        query.fields().exclude(Outbox.FIELD);
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(CenterRepository::toDomain);
    }

    public boolean exists(String centerId) {
        return mongo.exists(Query.query(where("_id").is(centerId)), COLLECTION);
    }

    public List<Center> list() {
        Query query = new Query().with(Sort.by("_id"));
        query.fields().exclude(Outbox.FIELD);
        return mongo.find(query, Document.class, COLLECTION).stream().map(CenterRepository::toDomain).toList();
    }

    private static Document details(CenterDetails details) {
        Document document = new Document("name", details.name())
                .append("city", details.city())
                .append("timezone", details.timezone().getId());
        if (details.operatingBudget() != null) {
            document.append("operatingBudget", new Document("amountMinor", details.operatingBudget().amountMinor())
                    .append("currency", details.operatingBudget().currency()));
        }
        return document;
    }

    private static Center toDomain(Document d) {
        Document budget = d.get("operatingBudget", Document.class);
        Money money = budget == null ? null : new Money(((Number) budget.get("amountMinor")).longValue(), budget.getString("currency"));
        CenterDetails details = new CenterDetails(d.getString("name"), d.getString("city"), ZoneId.of(d.getString("timezone")), money);
        return new Center(d.getString("_id"), details, d.getDate("registeredAt").toInstant(), d.getDate("updatedAt").toInstant());
    }
}
