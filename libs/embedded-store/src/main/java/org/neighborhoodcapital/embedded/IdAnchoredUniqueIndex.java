package org.neighborhoodcapital.embedded;

import java.util.Collection;
import java.util.List;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The {@code _id} index of the memory backend, used as a real MongoDB uses it: for every filter that
 * pins {@code _id} to a value or to an {@code $in} list, also when the filter has further conditions
 * ({@code {_id: x, stage: "NEIGHBOR"}}, {@code {$and: [{_id: {$in: […]}}, {outbox: {$size: 0}}]}}). mongo-java-server
 * itself takes an index only when the filter's fields are exactly the index's, and scans the whole
 * collection for any other filter: a compare-and-set update on one document of a million-document
 * collection then reads a million documents. Here the index yields the candidates and the collection
 * matches each against the whole filter, so results are the same, only without the scan.
 */
final class IdAnchoredUniqueIndex extends MemoryUniqueIndex {

    static final String ID = "_id";

    IdAnchoredUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    static boolean isIdIndex(List<IndexKey> keys) {
        return keys.size() == 1 && ID.equals(keys.getFirst().getKey());
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return super.canHandle(query) || idCondition(query) != null;
    }

    @Override
    public synchronized Iterable<Integer> getPositions(Document query) {
        if (super.canHandle(query)) {
            return super.getPositions(query);
        }
        return super.getPositions(new Document(ID, idCondition(query)));
    }

    /**
     * The condition that pins {@code _id} in a filter with further conditions, at its top level or
     * inside a top-level {@code $and} (the Java driver's {@code Filters.and} renders one); null if none.
     */
    static Object idCondition(Document query) {
        Object own = query.get(ID);
        if (own != null) {
            return query.size() > 1 && pinsId(own) ? own : null;
        }
        if (query.get("$and") instanceof Collection<?> all) {
            for (Object part : all) {
                if (part instanceof Document condition) {
                    Object pinned = pinsId(condition.get(ID)) ? condition.get(ID) : idCondition(condition);
                    if (pinned != null) {
                        return pinned;
                    }
                }
            }
        }
        return null;
    }

    /** A plain (non-document) value, or exactly {@code {$in: [plain values]}}. */
    private static boolean pinsId(Object condition) {
        if (condition == null) {
            return false;
        }
        if (!(condition instanceof Document expression)) {
            return !(condition instanceof Collection<?>) && !isRegex(condition);
        }
        if (expression.size() != 1 || !(expression.get("$in") instanceof Collection<?> values)) {
            return false;
        }
        for (Object value : values) {
            if (value == null || value instanceof Document || value instanceof Collection<?> || isRegex(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegex(Object value) {
        return BsonRegularExpression.isRegularExpression(value);
    }
}
