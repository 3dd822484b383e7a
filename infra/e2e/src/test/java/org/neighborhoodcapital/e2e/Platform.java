package org.neighborhoodcapital.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.neighborhoodcapital.testsupport.ServiceProcess;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.neighborhoodcapital.testsupport.security.TestIssuer;

/**
 * Starts the services from their Boot jars, each in its own JVM, against the test broker and store and
 * the in-process token issuer.
 */
final class Platform {

    /** Generous: on a loaded 2-core machine (other builds running) a service's start-up alone has taken over 90 s. */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(240);

    /** One isolated platform: its own databases and consumer groups on the shared broker and store. */
    static String newNamespace() {
        return "e2e" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The memberships service's personal-data key for this test run: random, never stored. */
    private static final String PERSONAL_DATA_KEY;

    static {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        PERSONAL_DATA_KEY = java.util.Base64.getEncoder().encodeToString(key);
    }

    static ServiceProcess.Builder service(String name, String namespace) {
        return ServiceProcess.jar(Path.of("target", "services", name + ".jar"))
                .name(name)
                .jvmArg("-Xmx384m")
                .jvmArg("-XX:TieredStopAtLevel=1")
                .property("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers())
                .property("spring.mongodb.uri", TestInfrastructure.mongoUri(namespace + "-" + name))
                .property("spring.kafka.consumer.group-id", namespace + "-" + name)
                .property("nc.reporting.refresh-debounce", "PT0.2S")
                // the services validate bearer tokens against the in-process test issuer
                .properties(TestIssuer.properties())
                .env("NC_MEMBERSHIPS_PERSONAL_DATA_KEY", PERSONAL_DATA_KEY);
    }

    static ServiceProcess start(ServiceProcess.Builder builder) {
        ServiceProcess process = builder.start();
        process.awaitReady(READY_TIMEOUT);
        return process;
    }

    private Platform() {
    }
}
