package org.neighborhoodcapital.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neighborhoodcapital.testsupport.fixtures.ReadinessServer;
import org.neighborhoodcapital.testsupport.fixtures.bootapp.ProbeApplication;

class ServiceProcessIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    @Test
    void aReadyServiceAnswersAndKillLeavesNoProcessBehind() throws Exception {
        try (ServiceProcess server = ServiceProcess.mainClass(ReadinessServer.class)
                .name("readiness")
                .property("greeting", "hello")
                .start()) {
            server.awaitReady(READY_TIMEOUT);
            long pid = server.pid();

            assertThat(get(server.baseUrl() + "/args").body())
                    .contains("--greeting=hello")
                    .contains("--server.port=" + server.port());
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).hasValue(true);
            assertThat(server.logFile()).isRegularFile();
            assertThat(server.logFile().getFileName().toString()).matches("readiness-\\d+\\.log");

            server.kill();

            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(server.isAlive()).isFalse();
            assertThat(server.exitCode()).hasValue(128 + 9); // SIGKILL
            assertThat(Files.readString(server.logFile())).doesNotContain(ReadinessServer.SHUTDOWN_HOOK_LINE);
            assertThatThrownBy(() -> get(server.baseUrl() + "/args")).isInstanceOf(IOException.class);
        }
    }

    @Test
    void stopShutsTheServiceDownGracefully() throws Exception {
        int port = FreePorts.next();
        try (ServiceProcess server = ServiceProcess.mainClass(ReadinessServer.class)
                .property("server.port", String.valueOf(port))
                .start()) {
            server.awaitReady(READY_TIMEOUT);
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + port);

            server.stop();

            assertThat(server.exitCode()).hasValue(128 + 15); // SIGTERM, after the shutdown hooks ran
            assertThat(Files.readString(server.logFile())).contains(ReadinessServer.SHUTDOWN_HOOK_LINE);
        }
    }

    @Test
    void aServiceThatDiesWhileStartingFailsWithTheEndOfItsLog() {
        try (ServiceProcess server = ServiceProcess.mainClass(ReadinessServer.class)
                .name("doomed")
                .property("fail-on-start", "true")
                .start()) {
            assertThatThrownBy(() -> server.awaitReady(READY_TIMEOUT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("doomed")
                    .hasMessageContaining("exited with code 3 before it was ready")
                    .hasMessageContaining("refusing to start because fail-on-start=true");
        }
    }

    @Test
    void aServiceThatNeverGetsReadyIsKilledAfterTheTimeout() {
        try (ServiceProcess server = ServiceProcess.mainClass(ReadinessServer.class)
                .property("ready", "false")
                .start()) {
            assertThatThrownBy(() -> server.awaitReady(Duration.ofSeconds(3)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("was not ready within PT3S")
                    .hasMessageContaining("HTTP 503")
                    .hasMessageContaining("ReadinessServer: listening on " + server.port());
            assertThat(server.isAlive()).isFalse();
        }
    }

    @Test
    void aSpringBootServiceWithActuatorIsReadyOnItsReadinessProbeAndCanBeKilled() throws Exception {
        try (ServiceProcess service = ServiceProcess.mainClass(ProbeApplication.class)
                .name("probe-app")
                .jvmArg("-Xmx256m")
                .jvmArg("-XX:TieredStopAtLevel=1") // starts faster; fine for a short-lived test service
                .property("spring.kafka.bootstrap-servers", TestInfrastructure.kafkaBootstrapServers())
                .property("spring.mongodb.uri", TestInfrastructure.mongoUri(TestInfrastructure.uniqueDatabaseName("probe")))
                .start()) {
            service.awaitReady(READY_TIMEOUT);

            HttpResponse<String> readiness = get(service.baseUrl() + "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"");

            service.kill();

            assertThat(service.exitCode()).hasValue(128 + 9);
            assertThat(ProcessHandle.of(service.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    @Test
    void aMissingJarIsReportedBeforeAnythingStarts() {
        assertThatThrownBy(() -> ServiceProcess.jar(Path.of("target/no-such-service.jar")).start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-service.jar");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
