package org.neighborhoodcapital.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.neighborhoodcapital.testsupport.FreePorts;
import org.neighborhoodcapital.testsupport.ServiceProcess;
import org.neighborhoodcapital.testsupport.TestInfrastructure;
import org.neighborhoodcapital.testsupport.http.Api;
import org.neighborhoodcapital.testsupport.security.TestIssuer;

/**
 * The token issuer and the memberships, events and reporting services, each from its Boot jar in a
 * JVM of its own, on the test broker and store. The services take bearer tokens from the test issuer
 * (as every IT does); the dashboard signs people in through the real issuer, whose users are made here.
 */
final class BrowserNetwork implements AutoCloseable {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(480);
    static final String ADMIN = "network-admin";
    static final String STAFF = "north-staff";

    final String adminPassword = secret();
    final String staffPassword = secret();
    final String staffCenter;
    final ServiceProcess issuer;
    final ServiceProcess memberships;
    final ServiceProcess events;
    final ServiceProcess reporting;
    private final List<ServiceProcess> started = new ArrayList<>();

    BrowserNetwork(String staffCenter) {
        this.staffCenter = staffCenter;
        String namespace = "browser" + UUID.randomUUID().toString().substring(0, 8);
        int issuerPort = FreePorts.next();
        int reportingPort = FreePorts.next();
        String issuerUrl = "http://127.0.0.1:" + issuerPort;
        String dashboardSecret = secret();
        issuer = start(ServiceProcess.jar(jar("issuer"))
                .name("issuer")
                .jvmArg("-Xmx256m")
                .jvmArg("-XX:TieredStopAtLevel=1")
                .property("server.port", String.valueOf(issuerPort))
                .property("nc.issuer.url", issuerUrl)
                .property("nc.issuer.dashboard.redirect-uris", "http://127.0.0.1:" + reportingPort + "/login/oauth2/code/nc")
                .property("nc.issuer.dashboard.post-logout-redirect-uris", "http://127.0.0.1:" + reportingPort + "/dashboard/signed-out.html")
                .env("NC_ISSUER_DASHBOARD_SECRET", dashboardSecret)
                // the users list from one property source (Boot does not merge a list across sources)
                .env("NC_ISSUER_USERS_0_USERNAME", ADMIN)
                .env("NC_ISSUER_USERS_0_ROLES", "NETWORK_ADMIN")
                .env("NC_ISSUER_USERS_0_PASSWORD", adminPassword)
                .env("NC_ISSUER_USERS_1_USERNAME", STAFF)
                .env("NC_ISSUER_USERS_1_ROLES", "CENTER_STAFF")
                .env("NC_ISSUER_USERS_1_CENTERS", staffCenter)
                .env("NC_ISSUER_USERS_1_PASSWORD", staffPassword));
        // the services start together (reporting reads the issuer's discovery document at start-up)
        memberships = launch(service("memberships", namespace)
                .env("NC_MEMBERSHIPS_PERSONAL_DATA_KEY", secret()));
        events = launch(service("events", namespace));
        reporting = launch(service("reporting", namespace)
                .property("server.port", String.valueOf(reportingPort))
                .property("spring.profiles.active", "sso")
                .env("NC_ISSUER_URL", issuerUrl)
                .env("NC_DASHBOARD_CLIENT_SECRET", dashboardSecret)
                .property("nc.reporting.refresh-debounce", "PT0.2S"));
        for (ServiceProcess service : List.of(memberships, events, reporting)) {
            service.awaitReady(READY_TIMEOUT);
            acceptsTokens(service);
        }
    }

    /**
     * Waits until the service has fetched the test issuer's keys: on a loaded machine the first fetch can
     * time out, and the service answers 500 until a later one succeeds.
     */
    private static void acceptsTokens(ServiceProcess service) {
        Api api = new Api(service.port());
        await().atMost(READY_TIMEOUT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.get("/api/audit?limit=1").status()).as(service.name() + " with a network-admin token")
                        .isNotIn(401, 500, 503));
    }

    /** The dashboard's address as the issuer knows it (its redirect URI is on 127.0.0.1). */
    String dashboardUrl() {
        return reporting.baseUrl();
    }

    private ServiceProcess.Builder service(String name, String namespace) {
        ServiceProcess.Builder builder = ServiceProcess.jar(jar(name))
                .name(name)
                .jvmArg("-Xmx384m")
                .jvmArg("-XX:TieredStopAtLevel=1")
                .property("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers())
                .property("spring.mongodb.uri", TestInfrastructure.mongoUri(namespace + "-" + name))
                .property("spring.kafka.consumer.group-id", namespace + "-" + name);
        TestIssuer.properties().forEach(builder::property);
        return builder;
    }

    private ServiceProcess start(ServiceProcess.Builder builder) {
        return launch(builder).awaitReady(READY_TIMEOUT);
    }

    private ServiceProcess launch(ServiceProcess.Builder builder) {
        ServiceProcess process = builder.start();
        started.add(process);
        return process;
    }

    private static Path jar(String name) {
        return Path.of("target", "services", name + ".jar");
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }
}
