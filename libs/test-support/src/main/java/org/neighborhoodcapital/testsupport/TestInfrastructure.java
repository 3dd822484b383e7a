package org.neighborhoodcapital.testsupport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoServer;
import org.neighborhoodcapital.embedded.EmbeddedStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The Kafka broker and the MongoDB-wire store shared by every test in this JVM.
 *
 * <p>Each is started on first use and reused until the JVM exits. Where a Docker engine answers,
 * they are Testcontainers ({@value #KAFKA_IMAGE}, {@value #MONGO_IMAGE} as a single-node replica
 * set); otherwise an embedded KRaft broker (spring-kafka-test) and mongo-java-server with the memory
 * backend, both on 127.0.0.1. The system property or environment variable
 * {@value #MODE_PROPERTY} ({@code auto}, {@code docker}, {@code embedded}) forces a mode.
 */
public final class TestInfrastructure {

    /** System property (or upper-cased environment variable with '_' for '.'): auto, docker or embedded. */
    public static final String MODE_PROPERTY = "nc.test.infrastructure";

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MONGO_IMAGE = "mongo:8.0";
    static final int DEFAULT_PARTITIONS = 3;

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static final Lazy<Boolean> DOCKER = new Lazy<>("the Docker check", TestInfrastructure::probeDocker);
    private static final Lazy<Boolean> CONTAINERS = new Lazy<>("the infrastructure mode", TestInfrastructure::chooseMode);
    private static final Lazy<String> KAFKA = new Lazy<>("Kafka", TestInfrastructure::startKafka);
    private static final Lazy<String> MONGO = new Lazy<>("MongoDB", TestInfrastructure::startMongo);

    private TestInfrastructure() {
    }

    /** Whether Testcontainers finds a working Docker engine; checked once, never throws. */
    public static boolean dockerAvailable() {
        return DOCKER.get();
    }

    /** Whether this JVM runs Kafka and MongoDB in Testcontainers (else embedded). */
    public static boolean usingContainers() {
        return CONTAINERS.get();
    }

    /** {@code host:port} of the shared Kafka broker, starting it on first call. */
    public static String kafkaBootstrapServers() {
        return KAFKA.get();
    }

    /** {@code mongodb://host:port} of the shared store, without a database; starts it on first call. */
    public static String mongoUri() {
        return MONGO.get();
    }

    /** {@link #mongoUri()} pointing at {@code database}. */
    public static String mongoUri(String database) {
        return withDatabase(mongoUri(), database);
    }

    /**
     * A database name no other caller in this JVM (or an earlier run against the same server) gets:
     * the prefix lower-cased, reduced to {@code [a-z0-9_]} and shortened, then a random suffix.
     */
    public static String uniqueDatabaseName(String prefix) {
        String base = Objects.requireNonNullElse(prefix, "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (base.isBlank()) {
            base = "test";
        }
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        return base + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static String withDatabase(String uri, String database) {
        if (database == null || database.isBlank() || !database.matches("[^/\\\\. \"$*<>:|?]{1,63}")) {
            throw new IllegalArgumentException("Not a MongoDB database name: '" + database + "'");
        }
        int query = uri.indexOf('?');
        String hosts = query < 0 ? uri : uri.substring(0, query);
        String options = query < 0 ? "" : uri.substring(query);
        int pathStart = hosts.indexOf('/', "mongodb://".length());
        if (pathStart >= 0) {
            hosts = hosts.substring(0, pathStart);
        }
        return hosts + "/" + database + options;
    }

    private static boolean probeDocker() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            log.debug("Docker check failed", e);
            return false;
        }
    }

    private static boolean chooseMode() {
        String mode = System.getProperty(MODE_PROPERTY,
                Objects.requireNonNullElse(System.getenv("NC_TEST_INFRASTRUCTURE"), "auto")).trim().toLowerCase(Locale.ROOT);
        boolean containers = switch (mode) {
            case "embedded" -> false;
            case "docker" -> {
                if (!dockerAvailable()) {
                    throw new IllegalStateException(MODE_PROPERTY + "=docker but Testcontainers finds no Docker engine");
                }
                yield true;
            }
            case "auto", "" -> dockerAvailable();
            default -> throw new IllegalStateException(MODE_PROPERTY + " must be auto, docker or embedded, not '" + mode + "'");
        };
        if (containers) {
            log.info("Docker found: Testcontainers {} for Kafka and {} (replica set) for MongoDB, started on first use",
                    KAFKA_IMAGE, MONGO_IMAGE);
        } else {
            log.info("No Docker{}: embedded KRaft broker and mongo-java-server (memory backend) on 127.0.0.1, started on first use",
                    mode.equals("embedded") ? " wanted (" + MODE_PROPERTY + "=embedded)" : "");
        }
        return containers;
    }

    private static String startKafka() {
        long started = System.nanoTime();
        String bootstrap;
        if (usingContainers()) {
            KafkaContainer kafka = kafkaContainer();
            kafka.start();
            atExit("Kafka container", kafka::stop);
            bootstrap = kafka.getBootstrapServers();
            log.info("Docker found: Testcontainers Kafka {} at {} in {} ms", KAFKA_IMAGE, bootstrap, millisSince(started));
        } else {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, DEFAULT_PARTITIONS);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.brokerProperty("transaction.state.log.replication.factor", "1");
            broker.brokerProperty("transaction.state.log.min.isr", "1");
            // By default the broker writes its address into the JVM-wide system property
            // spring.kafka.bootstrap-servers, which would leak into every later Spring context.
            broker.brokerListProperty("nc.test.kafka.bootstrap-servers");
            broker.afterPropertiesSet();
            atExit("embedded Kafka broker", broker::destroy);
            bootstrap = broker.getBrokersAsString();
            log.info("No Docker: embedded KRaft broker at {} in {} ms", bootstrap, millisSince(started));
        }
        return bootstrap;
    }

    private static String startMongo() {
        long started = System.nanoTime();
        String uri;
        if (usingContainers()) {
            MongoDBContainer mongo = mongoContainer();
            mongo.start();
            atExit("MongoDB container", mongo::stop);
            uri = mongo.getConnectionString();
            log.info("Docker found: Testcontainers MongoDB {} at {} in {} ms", MONGO_IMAGE, uri, millisSince(started));
        } else {
            MongoServer server = new MongoServer(EmbeddedStore.memoryBackend());
            try {
                server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
            atExit("mongo-java-server", server::shutdownNow);
            uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
            log.info("No Docker: mongo-java-server at {} in {} ms", uri, millisSince(started));
        }
        return uri;
    }

    /** Same defaults as the embedded broker: three partitions per new topic, topics created on first use. */
    static KafkaContainer kafkaContainer() {
        return new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE))
                .withEnv("KAFKA_NUM_PARTITIONS", String.valueOf(DEFAULT_PARTITIONS))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
    }

    /**
     * A single-node replica set, so transactions and change streams work. Testcontainers 2 no
     * longer makes one by default: without {@code withReplicaSet()} it is a standalone server.
     */
    static MongoDBContainer mongoContainer() {
        return new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE)).withReplicaSet();
    }

    /**
     * Stops a resource when the JVM exits, after Spring Boot has closed its application contexts
     * (Boot runs its shutdown handlers only then), so listeners do not lose their broker first.
     */
    private static void atExit(String what, Runnable stop) {
        SpringApplication.getShutdownHandlers().add(() -> {
            try {
                stop.run();
            } catch (RuntimeException e) {
                log.debug("Stopping {} failed", what, e);
            }
        });
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Computed once; a failure is remembered and reported again to every later caller. */
    private static final class Lazy<T> {

        private final String what;
        private final Supplier<T> supplier;
        private T value;
        private RuntimeException failure;

        Lazy(String what, Supplier<T> supplier) {
            this.what = what;
            this.supplier = supplier;
        }

        synchronized T get() {
            if (value == null && failure == null) {
                try {
                    value = supplier.get();
                } catch (RuntimeException | Error e) {
                    failure = new IllegalStateException("Test infrastructure: " + what + " failed", e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
