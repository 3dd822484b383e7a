package org.neighborhoodcapital.embedded;

import java.util.List;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/** A memory-backend database whose {@code _id} indexes are {@link IdAnchoredUniqueIndex}es. */
final class IdAnchoredMemoryDatabase extends MemoryDatabase {

    IdAnchoredMemoryDatabase(String name, CursorRegistry cursors) {
        super(name, cursors);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collection, String indexName, List<IndexKey> keys, boolean sparse) {
        return IdAnchoredUniqueIndex.isIdIndex(keys)
                ? new IdAnchoredUniqueIndex(indexName, keys, sparse)
                : super.openOrCreateUniqueIndex(collection, indexName, keys, sparse);
    }
}
