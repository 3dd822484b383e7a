package org.neighborhoodcapital.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/**
 * The backends of the embedded MongoDB-wire-compatible store (mongo-java-server) as the local stack
 * and the tests start it. The memory backend here serves every filter anchored on {@code _id} from
 * the {@code _id} index (see {@link IdAnchoredUniqueIndex}); otherwise it is mongo-java-server's own.
 */
public final class EmbeddedStore {

    private EmbeddedStore() {
    }

    /** The in-memory backend: data lives as long as the process. */
    public static MongoBackend memoryBackend() {
        return new MemoryBackend() {
            @Override
            public MemoryDatabase openOrCreateDatabase(String databaseName) {
                return new IdAnchoredMemoryDatabase(databaseName, getCursorRegistry());
            }
        };
    }
}
