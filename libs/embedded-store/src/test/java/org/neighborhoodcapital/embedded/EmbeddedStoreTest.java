package org.neighborhoodcapital.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Filters anchored on {@code _id} give the same answers as before (the whole filter still decides),
 * and the {@code _id} index, not a scan, yields their candidates.
 */
class EmbeddedStoreTest {

    private static final int DOCUMENTS = 1_000;

    private static MongoServer server;
    private static MongoClient client;
    private static MongoCollection<Document> collection;

    @BeforeAll
    static void start() {
        server = new MongoServer(EmbeddedStore.memoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        collection = client.getDatabase("embedded").getCollection("documents");
        List<Document> documents = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(new Document("_id", "d" + i).append("stage", i % 2 == 0 ? "even" : "odd")
                    .append("outbox", i % 3 == 0 ? List.of() : List.of(new Document("id", i))));
        }
        collection.insertMany(documents);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aFilterPinningIdAndMoreMatchesExactlyWhatTheWholeFilterSays() {
        assertThat(ids(Filters.and(Filters.eq("_id", "d4"), Filters.eq("stage", "even")))).containsExactly("d4");
        assertThat(ids(Filters.and(Filters.eq("_id", "d4"), Filters.eq("stage", "odd")))).isEmpty();
        assertThat(ids(Filters.and(Filters.in("_id", "d0", "d1", "d2", "d3", "nope"), Filters.size("outbox", 0))))
                .containsExactlyInAnyOrder("d0", "d3");
        assertThat(ids(Filters.and(Filters.eq("_id", "nope"), Filters.eq("stage", "even")))).isEmpty();
        assertThat(ids(Filters.and(Filters.regex("_id", "^d1$"), Filters.eq("stage", "odd")))).containsExactly("d1");
    }

    @Test
    void aConditionalUpdateByIdChangesOnlyTheDocumentWhoseConditionHolds() {
        assertThat(collection.updateOne(Filters.and(Filters.eq("_id", "d10"), Filters.eq("stage", "odd")),
                Updates.set("touched", true)).getMatchedCount()).isZero();
        assertThat(collection.updateMany(Filters.and(Filters.in("_id", "d9", "d10", "d11"), Filters.size("outbox", 0)),
                Updates.set("touched", true)).getModifiedCount()).isEqualTo(1);
        assertThat(ids(Filters.eq("touched", true))).containsExactly("d9");
    }

    @Test
    void theIdIndexServesEveryFilterThatPinsIdAndNoOther() {
        IdAnchoredUniqueIndex index = new IdAnchoredUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
        for (int i = 0; i < 5; i++) {
            index.add(new de.bwaldvogel.mongo.bson.Document("_id", "d" + i), i, null);
        }
        de.bwaldvogel.mongo.bson.Document pinned = query("_id", "d3").append("stage", "odd");
        de.bwaldvogel.mongo.bson.Document pinnedByIn = query("_id", query("$in", List.of("d1", "d4", "nope")))
                .append("outbox", query("$size", 0));

        assertThat(index.canHandle(pinned)).isTrue();
        assertThat(index.getPositions(pinned)).containsExactly(3);
        assertThat(index.canHandle(pinnedByIn)).isTrue();
        assertThat(index.getPositions(pinnedByIn)).containsExactlyInAnyOrder(1, 4);
        de.bwaldvogel.mongo.bson.Document pinnedInAnd = query("$and", List.of(query("_id", query("$in", List.of("d0", "d2"))),
                query("$or", List.of(query("outbox", query("$size", 0)), query("outbox", query("$exists", false))))));
        assertThat(index.canHandle(pinnedInAnd)).as("as Filters.and renders it").isTrue();
        assertThat(index.getPositions(pinnedInAnd)).containsExactlyInAnyOrder(0, 2);
        assertThat(index.canHandle(query("$and", List.of(query("stage", "odd"), query("outbox", query("$size", 0))))))
                .as("an $and without _id: a scan").isFalse();
        assertThat(index.canHandle(query("stage", "odd"))).as("no _id: a scan").isFalse();
        assertThat(index.canHandle(query("_id", query("$gt", "d1")).append("stage", "odd"))).as("a range: a scan").isFalse();
        assertThat(index.canHandle(query("_id", "d3"))).as("mongo-java-server's own case").isTrue();
    }

    private static de.bwaldvogel.mongo.bson.Document query(String key, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(key, value);
    }

    private static List<String> ids(Bson filter) {
        List<String> ids = new ArrayList<>();
        collection.find(filter).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
