package org.neighborhoodcapital.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.neighborhoodcapital.embedded.EmbeddedStore;

/**
 * A MongoDB-wire-compatible store (mongo-java-server) persisted in one H2 MVStore file, for
 * {@code make run}. Each service uses its own database in it.
 *
 * <p>Options (argument, then environment variable, then default): {@code --dir} /
 * {@code NC_MONGO_DIR} ({@code .run/mongo}), {@code --host} / {@code NC_MONGO_HOST}
 * ({@code 127.0.0.1}), {@code --port} / {@code NC_MONGO_PORT} (27117), {@code --backend} /
 * {@code NC_MONGO_BACKEND} ({@code h2}; {@code memory} keeps nothing after a stop — for throwaway
 * data such as a benchmark's).
 *
 * <p>SIGTERM closes the server and the H2 store, so everything written is on disk.
 */
public final class LocalMongo {

    private LocalMongo() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        LaunchOptions options = LaunchOptions.parse(args);
        Path dir = options.path("dir", "NC_MONGO_DIR", ".run/mongo");
        String host = options.text("host", "NC_MONGO_HOST", "127.0.0.1");
        int port = options.port("port", "NC_MONGO_PORT", 27117);

        boolean inMemory = "memory".equals(options.text("backend", "NC_MONGO_BACKEND", "h2"));
        Files.createDirectories(dir);
        Path file = dir.resolve("neighborhood-capital.mv");
        boolean existing = Files.exists(file);
        MongoBackend backend = inMemory ? EmbeddedStore.memoryBackend() : new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            backend.close();
            System.err.println("LocalMongo: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            System.exit(1);
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("local-mongo-shutdown").unstarted(() -> {
            server.shutdownNow(); // closes the clients, then the backend, which closes (flushes) the H2 store
            System.out.println(inMemory ? "LocalMongo stopped; in-memory data dropped" : "LocalMongo stopped; data flushed to " + file);
            stopped.countDown();
        }));
        System.out.println("LocalMongo ready: mongodb://" + host + ":" + port + ", "
                + (inMemory ? "in memory (nothing kept after a stop)" : (existing ? "existing" : "new") + " data file " + file));
        stopped.await();
    }
}
