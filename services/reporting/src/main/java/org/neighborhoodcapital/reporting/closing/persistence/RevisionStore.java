package org.neighborhoodcapital.reporting.closing.persistence;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.neighborhoodcapital.contracts.Envelope;
import org.neighborhoodcapital.platform.outbox.Outbox;
import org.neighborhoodcapital.reporting.closing.domain.ReportRevision;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Closed revisions, insert only: {@code _id = "<year>:<revision>"} (and a unique index on (year, revision)), so two
 * concurrent closes cannot both create the same revision; the ImpactReportClosed record goes into the same insert
 * (platform outbox).
 */
@Component
public class RevisionStore {

    public static final String COLLECTION = "impact_report_revisions";

    private final MongoTemplate mongo;

    public RevisionStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void ensureIndexes() {
        mongo.getCollection(COLLECTION).createIndex(Indexes.ascending("year", "revision"),
                new IndexOptions().unique(true).name("year_revision"));
    }

    /** Inserts the revision with its announcement; false when that revision number exists already. */
    public boolean insert(ReportRevision revision, Envelope<?> announcement) {
        Document document = new Document("_id", revision.id())
                .append("year", revision.year())
                .append("revision", revision.revision())
                .append("contentHash", revision.contentHash())
                .append("closedAt", Date.from(revision.closedAt()))
                .append("closedBy", revision.closedBy())
                .append("generatedAt", Date.from(revision.generatedAt()))
                .append("dataVersion", revision.dataVersion())
                .append("figures", revision.figures())
                .append(Outbox.FIELD, mongo.getConverter().convertToMongoType(Outbox.messages(announcement)))
                .append(Outbox.PENDING, true);
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public Optional<ReportRevision> latest(int year) {
        Query query = Query.query(Criteria.where("year").is(year)).with(Sort.by(Sort.Direction.DESC, "revision")).limit(1);
        return mongo.find(query, Document.class, COLLECTION).stream().findFirst().map(RevisionStore::revision);
    }

    public Optional<ReportRevision> find(int year, int revision) {
        return Optional.ofNullable(mongo.findById(ReportRevision.id(year, revision), Document.class, COLLECTION))
                .map(RevisionStore::revision);
    }

    public List<Integer> revisions(int year) {
        Query query = Query.query(Criteria.where("year").is(year)).with(Sort.by("revision"));
        query.fields().include("revision");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> ((Number) d.get("revision")).intValue()).toList();
    }

    private static ReportRevision revision(Document d) {
        return new ReportRevision(((Number) d.get("year")).intValue(), ((Number) d.get("revision")).intValue(),
                d.getString("contentHash"), d.getDate("closedAt").toInstant(), d.getString("closedBy"),
                d.getDate("generatedAt").toInstant(), ((Number) d.get("dataVersion")).longValue(), d.getString("figures"));
    }
}
